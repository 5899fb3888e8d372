using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using MediatR;

namespace Crm.Modules.Tasking.Application.RefusalReasons.ArchiveRefusalReason;

/// <summary>Stops offering a reason (main administrator only); tasks closed with it keep it.</summary>
public sealed record ArchiveRefusalReasonCommand(Guid Id) : ICommand<RefusalReasonDto>;

internal sealed class ArchiveRefusalReasonHandler(StaffMember me, RefusalReasonDirectory directory) : IRequestHandler<ArchiveRefusalReasonCommand, RefusalReasonDto>
{
    public async Task<RefusalReasonDto> Handle(ArchiveRefusalReasonCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var reason = await directory.ForUpdateAsync(command.Id, cancellationToken);
        reason.Archive();
        return RefusalReasonDto.From(reason);
    }
}
