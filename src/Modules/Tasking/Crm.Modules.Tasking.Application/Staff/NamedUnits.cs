using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Application.Common;
using FluentValidation;
using MapsterMapper;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff;

// Positions and departments are the same thing to the staff screens: a name under an id, created by the main
// administrator and listed by name. Their use cases keep their own requests and handlers; the code is here once.

/// <summary>A request that creates a named unit (a position, a department).</summary>
public interface ICreateNamedUnit
{
    string? Name { get; }
}

internal abstract class CreateNamedUnitValidator<TCommand> : AbstractValidator<TCommand>
    where TCommand : ICreateNamedUnit
{
    protected CreateNamedUnitValidator(int nameMaxLength) => RuleFor(c => c.Name).NotEmpty().MaximumLength(nameMaxLength);
}

/// <summary>Only the main administrator creates one; the answer shows it as created.</summary>
internal abstract class CreateNamedUnitHandler<TCommand, TUnit, TDto>(StaffMember me, IRepository<TUnit> units, IMapper mapper, Func<string, TUnit> create)
    : IRequestHandler<TCommand, TDto>
    where TCommand : ICreateNamedUnit, IRequest<TDto>
    where TUnit : class, IAggregateRoot
{
    public async Task<TDto> Handle(TCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var unit = create(command.Name!);
        units.Add(unit);
        return mapper.Map<TUnit, TDto>(unit);
    }
}

/// <summary>Every unit by name, projected in the database (ADR 0061).</summary>
internal abstract class ListNamedUnitsHandler<TQuery, TUnit, TDto>(IReadRepository<TUnit> units, ISpecification<TUnit> byName)
    : IRequestHandler<TQuery, IReadOnlyList<TDto>>
    where TQuery : IRequest<IReadOnlyList<TDto>>
    where TUnit : class
{
    public async Task<IReadOnlyList<TDto>> Handle(TQuery query, CancellationToken cancellationToken) =>
        await units.ProjectToListAsync<TDto>(byName, cancellationToken);
}
