using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.RefusalReasons;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.RefusalReasons.RenameRefusalReason;

/// <summary>Renames a reason (main administrator only); tasks already closed keep the name they were closed with.</summary>
public sealed record RenameRefusalReasonCommand(Guid Id, string? Name) : ICommand<RefusalReasonDto>;

internal sealed class RenameRefusalReasonValidator : AbstractValidator<RenameRefusalReasonCommand>
{
    public RenameRefusalReasonValidator() => RuleFor(c => c.Name).NotEmpty().MaximumLength(RefusalReason.NameMaxLength);
}

internal sealed class RenameRefusalReasonHandler(StaffMember me, RefusalReasonDirectory directory) : IRequestHandler<RenameRefusalReasonCommand, RefusalReasonDto>
{
    public async Task<RefusalReasonDto> Handle(RenameRefusalReasonCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var reason = await directory.ForUpdateAsync(command.Id, cancellationToken);
        await directory.EnsureNameFreeAsync(command.Name!, reason.Id, cancellationToken);
        reason.Rename(command.Name!);
        return RefusalReasonDto.From(reason);
    }
}
