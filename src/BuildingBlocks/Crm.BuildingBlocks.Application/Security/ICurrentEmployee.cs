namespace Crm.BuildingBlocks.Application.Security;

/// <summary>The employee behind the current request (or job). Every /api endpoint requires one.</summary>
public interface ICurrentEmployee
{
    Guid Id { get; }

    /// <summary>
    /// The employee as the staff directory knew them when the request was authorized (looked up once per request;
    /// a token naming nobody on the staff never gets this far).
    /// </summary>
    EmployeeIdentity Employee { get; }

    /// <summary>The zone the employee reads times in: the staff's current one, not the token's (UTC outside requests).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>A stored UTC moment as this employee reads it, with the offset.</summary>
    DateTimeOffset Show(DateTime utc) => ReaderTimeZone.ShowIn(TimeZone, utc);
}

/// <summary>
/// What other modules may know about an employee: to issue a development token, and who may do what (the
/// positions and department decide, e.g., who executes a process).
/// </summary>
public sealed record EmployeeIdentity(Guid Id, string Name, string TimeZoneId, bool IsAdministrator = false)
{
    public IReadOnlyList<Guid> PositionIds { get; init; } = [];

    public Guid? DepartmentId { get; init; }

    /// <summary>The zone <see cref="TimeZoneId"/> names; UTC if this machine does not know it.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>Implemented by the module that owns staff; host-level endpoints (development token, system) use it.</summary>
public interface IEmployeeDirectory
{
    Task<EmployeeIdentity?> FindAsync(Guid? id, CancellationToken cancellationToken);

    /// <summary>The names of these employees, in one query (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
