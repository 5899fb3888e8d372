using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Reminders;
using MediatR;

namespace Crm.Modules.Tasking.Application.Reminders.NotificationSettingsOfEmployee;

/// <summary>An employee's notification settings: one's own (no id), or anybody's for the main administrator.</summary>
public sealed record GetNotificationSettingsQuery(Guid? EmployeeId = null) : IQuery<NotificationSettingsDto>;

internal sealed class GetNotificationSettingsHandler(StaffMember me, StaffLookup staff, IReadRepository<NotificationSettings> settings)
    : IRequestHandler<GetNotificationSettingsQuery, NotificationSettingsDto>
{
    public async Task<NotificationSettingsDto> Handle(GetNotificationSettingsQuery query, CancellationToken cancellationToken)
    {
        var employee = me.Id;
        if (query.EmployeeId is { } other && other != employee.Value)
        {
            await me.RequireAdministratorAsync(cancellationToken);
            employee = (await staff.EmployeeAsync(other, cancellationToken)).Id;
        }

        var found = await settings.FirstOrDefaultAsync(new NotificationSettingsSpec(employee), cancellationToken);
        return NotificationSettingsDto.From(found ?? NotificationSettings.Default(employee));
    }
}
