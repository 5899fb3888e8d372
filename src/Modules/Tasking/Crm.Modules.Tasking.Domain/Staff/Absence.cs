namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>
/// Time an employee is away, [<see cref="FromUtc"/>, <see cref="UntilUtc"/>), and the colleague who stands in
/// for them meanwhile (their deputy), if anyone does.
/// </summary>
public sealed class Absence
{
    private Absence()
    {
    }

    internal Absence(Guid id, DateTime fromUtc, DateTime untilUtc, EmployeeId? deputyId, DateTime nowUtc)
    {
        Id = id;
        FromUtc = fromUtc;
        UntilUtc = untilUtc;
        DeputyId = deputyId;
        CreatedAtUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public DateTime FromUtc { get; private set; }

    /// <summary>The first moment the employee is back.</summary>
    public DateTime UntilUtc { get; private set; }

    public EmployeeId? DeputyId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool Covers(DateTime utc) => FromUtc <= utc && utc < UntilUtc;

    public bool Overlaps(DateTime fromUtc, DateTime untilUtc) => FromUtc < untilUtc && fromUtc < UntilUtc;

    /// <summary>Back early: the absence ends now, and stays on record.</summary>
    internal void EndAt(DateTime nowUtc) => UntilUtc = nowUtc;
}
