using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.RefusalReasons;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.RefusalReasons.CreateRefusalReason;

/// <summary>Adds a reason to the directory (main administrator only).</summary>
public sealed record CreateRefusalReasonCommand(string? Name, bool DemandsComment = false) : ICommand<RefusalReasonDto>;

internal sealed class CreateRefusalReasonValidator : AbstractValidator<CreateRefusalReasonCommand>
{
    public CreateRefusalReasonValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(RefusalReason.NameMaxLength);
}

internal sealed class CreateRefusalReasonHandler(StaffMember me, RefusalReasonDirectory directory, IRepository<RefusalReason> reasons)
    : IRequestHandler<CreateRefusalReasonCommand, RefusalReasonDto>
{
    public async Task<RefusalReasonDto> Handle(CreateRefusalReasonCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        await directory.EnsureNameFreeAsync(command.Name!, null, cancellationToken);
        var reason = RefusalReason.Create(new RefusalReasonId(Guid.NewGuid()), command.Name!, command.DemandsComment);
        reasons.Add(reason);
        return RefusalReasonDto.From(reason);
    }
}
