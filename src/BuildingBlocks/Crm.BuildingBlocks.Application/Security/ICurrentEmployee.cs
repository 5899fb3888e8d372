namespace Crm.BuildingBlocks.Application.Security;

/// <summary>The employee behind the current request (or job). Every /api endpoint requires one.</summary>
public interface ICurrentEmployee
{
    Guid Id { get; }

    /// <summary>
    /// The employee as the staff's owner knew them when the request was authorized (looked up once per request;
    /// a token naming nobody on the staff never gets this far). Read here, never asked of another module (ADR 0059).
    /// </summary>
    EmployeeIdentity Employee { get; }

    /// <summary>The zone the employee reads times in: the staff's current one, not the token's (UTC outside requests).</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>A stored UTC moment as this employee reads it, with the offset.</summary>
    DateTimeOffset Show(DateTime utc) => ReaderTimeZone.ShowIn(TimeZone, utc);
}

/// <summary>
/// The signed-in employee as the request carries them: to issue a development token, and who may do what (the
/// positions and department decide, e.g., who executes a process). Other employees are known to a module only
/// through its own copy of their cards (ADR 0059).
/// </summary>
public sealed record EmployeeIdentity(Guid Id, string Name, string TimeZoneId, bool IsAdministrator = false)
{
    public IReadOnlyList<Guid> PositionIds { get; init; } = [];

    public Guid? DepartmentId { get; init; }

    /// <summary>The zone <see cref="TimeZoneId"/> names; UTC if this machine does not know it.</summary>
    public TimeZoneInfo TimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
