using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Bays;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bays.CreateBay;

/// <summary>A new bay (a lift, a pit): its name is how the schedule shows it, so names are unique.</summary>
public sealed record CreateBayCommand(string? Name) : ICommand<Guid>;

internal sealed class CreateBayValidator : AbstractValidator<CreateBayCommand>
{
    public CreateBayValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(Bay.NameMaxLength);
}

internal sealed class CreateBayHandler(IRepository<Bay> bays) : IRequestHandler<CreateBayCommand, Guid>
{
    public async Task<Guid> Handle(CreateBayCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name!.Trim();
        if (await bays.FirstOrDefaultAsync(new BayByNameSpec(name), cancellationToken) is { } twin)
        {
            throw new ConflictException("bay.name-taken", $"A bay is called '{name}' already.", new Dictionary<string, object?> { ["existingBayId"] = twin.Id.Value });
        }

        var bay = Bay.Create(new BayId(Guid.NewGuid()), name);
        bays.Add(bay);
        return bay.Id.Value;
    }
}

public sealed class BayByNameSpec : Specification<Bay>
{
    public BayByNameSpec(string name) => Query.Where(b => b.Name == name);
}
