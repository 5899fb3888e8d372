using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasking.Infrastructure.Reminders;

internal sealed class ReminderReader(TaskingDbContext db) : IReminderReader
{
    /// <summary>
    /// Sent informer reminders not closed; one set before its moment shows only until the moment comes.
    /// </summary>
    public async Task<IReadOnlyList<InformerRow>> NoticesShownAsync(EmployeeId employee, DateTime nowUtc, CancellationToken cancellationToken) =>
        (await db.Tasks
            .SelectMany(t => t.Reminders, (t, r) => new { Task = t, Reminder = r })
            .Where(x => x.Reminder.EmployeeId == employee && x.Reminder.Channel == ReminderChannel.Informer && x.Reminder.Status == ReminderStatus.Sent
                && x.Reminder.NoticeClosedAtUtc == null && (x.Reminder.RemindAtUtc >= x.Reminder.MomentUtc || x.Reminder.MomentUtc > nowUtc))
            .Select(x => new { x.Reminder.Id, TaskId = x.Task.Id, x.Task.Number, x.Task.Title, x.Reminder.MomentUtc, x.Reminder.SentAtUtc, x.Reminder.Reason })
            .ToListAsync(cancellationToken))
        .Select(x => new InformerRow(x.Id, x.TaskId.Value, x.Number, x.Title, x.MomentUtc, x.SentAtUtc!.Value, x.Reason))
        .ToList();
}
