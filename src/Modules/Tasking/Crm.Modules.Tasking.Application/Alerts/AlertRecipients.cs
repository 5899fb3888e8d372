using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Alerts;

/// <summary>
/// The people behind an addressee, each with their notification channel: an employee is themselves, a position or a
/// department everybody in it, a process's executors every employee, position and department it names. Dismissed
/// employees hear nothing; without settings an employee is alerted in the informer.
/// </summary>
public sealed class AlertRecipients(
    IReadRepository<Employee> employees, IReadRepository<NotificationSettings> settings, IReadRepository<TaskingProcess> processes)
{
    public async Task<IReadOnlyList<AlertRecipient>> OfAsync(Addressee addressee, CancellationToken cancellationToken)
    {
        var executors = addressee.Kind == AddresseeKind.ProcessExecutors
            ? (await processes.FirstOrDefaultAsync(new ProcessByIdSpec(new ProcessId(addressee.Id)), cancellationToken))?.Executors ?? []
            : [new ProcessExecutor(Enum.Parse<ExecutorKind>(addressee.Kind.ToString()), addressee.Id)];
        var people = await employees.ListAsync(new EmployeesBehindSpec(executors), cancellationToken);
        if (people.Count == 0)
        {
            return [];
        }

        var ids = people.Select(e => e.Id).ToList();
        var chosen = (await settings.ListAsync(new NotificationSettingsOfSpec(ids), cancellationToken)).ToDictionary(s => s.Id);
        return ids.Select(id => chosen.GetValueOrDefault(id) ?? NotificationSettings.Default(id))
            .Select(s => new AlertRecipient(s.Id, s.Channel, s.ContactFor(s.Channel)))
            .ToList();
    }
}

/// <summary>Employees still at the station who are, hold or work in one of the executors.</summary>
public sealed class EmployeesBehindSpec : Specification<Employee>
{
    public EmployeesBehindSpec(IReadOnlyCollection<ProcessExecutor> executors)
    {
        var ids = IdsOf(executors, ExecutorKind.Employee).Select(id => new EmployeeId(id)).ToList();
        var positions = IdsOf(executors, ExecutorKind.Position).Select(id => new PositionId(id)).ToList();
        var departments = IdsOf(executors, ExecutorKind.Department).Select(id => (DepartmentId?)new DepartmentId(id)).ToList();
        Query.Where(e => e.DismissedAtUtc == null
            && (ids.Contains(e.Id) || e.Positions.Any(p => positions.Contains(p.PositionId)) || departments.Contains(e.DepartmentId)));
    }

    private static IEnumerable<Guid> IdsOf(IEnumerable<ProcessExecutor> executors, ExecutorKind kind) =>
        executors.Where(e => e.Kind == kind).Select(e => e.Id).Distinct();
}

public sealed class NotificationSettingsOfSpec : Specification<NotificationSettings>
{
    public NotificationSettingsOfSpec(IReadOnlyCollection<EmployeeId> employees) => Query.Where(s => employees.Contains(s.Id));
}
