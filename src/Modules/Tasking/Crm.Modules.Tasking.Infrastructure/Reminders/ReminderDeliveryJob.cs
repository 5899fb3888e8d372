using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Tasking.Infrastructure.Reminders;

/// <summary>
/// Delivers due reminders and alerts (new task, escalation: <see cref="TaskReminder.Reason"/>). A batch is claimed in one statement with a lease (SKIP LOCKED on PostgreSQL, so
/// replicas take disjoint rows), outside any long transaction: a slow channel holds no locks. An informer reminder
/// becomes a notice at once; others go to their channel's adapter and are retried with back-off, then failed.
/// The outcome lands on the task (its reminder and history). Delivery is at least once: a crash between the
/// adapter and the save sends again when the lease runs out.
/// </summary>
public sealed class ReminderDeliveryJob(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderDeliveryJob> logger) : ITaskingJob
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public int BatchSize => options.Value.BatchSize;

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        var ids = await db.ClaimDueAsync(db.Table<TaskReminder>(), NowUtc, Lease, BatchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var adapters = scope.ServiceProvider.GetServices<IReminderAdapter>().ToDictionary(a => a.AdapterName, StringComparer.OrdinalIgnoreCase);
        var tasks = await db.Tasks.AsTracking().Where(t => t.Reminders.Any(r => ids.Contains(r.Id))).ToListAsync(cancellationToken);
        var zones = await ZonesAsync(db, tasks.SelectMany(t => t.Reminders).Where(r => ids.Contains(r.Id)).Select(r => r.EmployeeId), cancellationToken);
        foreach (var task in tasks)
        {
            foreach (var reminder in task.Reminders.Where(r => ids.Contains(r.Id) && r.IsPending).ToList())
            {
                await DeliverAsync(task, reminder, adapters, zones.GetValueOrDefault(reminder.EmployeeId, TimeZoneInfo.Utc), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return ids.Count;
    }

    /// <summary>The time zones of a batch's employees, one query: each message shows the moment in its reader's zone.</summary>
    private static async Task<Dictionary<EmployeeId, TimeZoneInfo>> ZonesAsync(TaskingDbContext db, IEnumerable<EmployeeId> employees, CancellationToken cancellationToken)
    {
        var wanted = employees.Distinct().ToList();
        var zones = await db.Employees.Where(e => wanted.Contains(e.Id)).Select(e => new { e.Id, e.TimeZoneId }).ToListAsync(cancellationToken);
        return zones.ToDictionary(e => e.Id, e => EmployeeTimeZone.From(e.TimeZoneId).Info);
    }

    private async Task DeliverAsync(
        WorkTask task, TaskReminder reminder, Dictionary<string, IReminderAdapter> adapters, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (task.WithdrawIfOutdated(reminder, NowUtc))
        {
            return;
        }

        if (reminder.Channel == ReminderChannel.Informer)
        {
            task.NoteReminderSent(reminder, NowUtc);
            return;
        }

        var settings = options.Value;
        try
        {
            var name = settings.AdapterFor(reminder.Channel);
            var adapter = adapters.GetValueOrDefault(name) ?? throw new InvalidOperationException($"No reminder adapter '{name}' is registered.");
            await adapter.SendAsync(Message(task, reminder, zone), settings, cancellationToken);
            task.NoteReminderSent(reminder, NowUtc);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            task.NoteReminderNotSent(reminder, ex.Message, NowUtc, settings.Retries);
            logger.LogWarning(ex, "Reminder {ReminderId} ({Channel}) of task {TaskNumber} not delivered, attempt {Attempt}; {Outcome}",
                reminder.Id, reminder.Channel, task.Number, reminder.Attempts, reminder.Status == ReminderStatus.Failed ? "kept as failed" : "will retry");
        }
    }

    /// <summary>The text the employee reads: the task and its moment in their own time zone.</summary>
    private static OutgoingMessage Message(WorkTask task, TaskReminder reminder, TimeZoneInfo zone)
    {
        var moment = Crm.BuildingBlocks.Application.Security.ReaderTimeZone.ShowIn(zone, reminder.MomentUtc);
        var body = ReminderTexts.Body(reminder.Reason, task.Number, task.Title, moment.DateTime, zone.Id);
        return new OutgoingMessage(reminder.Id, reminder.Channel.ToString(), reminder.Contact!, ReminderTexts.Subject(reminder.Reason, task.Title), body, reminder.CreatedAtUtc);
    }
}
