namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>
/// An employee who wants to start a process by hand from an object's card, with what decides it: the main
/// administrator may start any process; others only processes they execute — as themselves, through a position
/// they hold, or through their department.
/// </summary>
public sealed record ProcessStarter(Guid EmployeeId, bool IsAdministrator, IReadOnlyCollection<Guid> PositionIds, Guid? DepartmentId)
{
    public bool MayStart(ProcessDocument document) => IsAdministrator || document.Executors.Any(Executes);

    private bool Executes(Executor executor) => executor.Kind.ToLowerInvariant() switch
    {
        "employee" => executor.Id == EmployeeId,
        "position" => PositionIds.Contains(executor.Id),
        "department" => executor.Id == DepartmentId,
        _ => false, // an unknown kind gives nobody access (docs/process-definitions.md)
    };
}
