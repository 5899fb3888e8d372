namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>An IANA time-zone id known to this machine: the zone an employee sees times in.</summary>
public sealed record EmployeeTimeZone
{
    private EmployeeTimeZone(TimeZoneInfo info) => Info = info;

    public TimeZoneInfo Info { get; }

    public string Id => Info.Id;

    public static bool IsKnown(string? id) => id is not null && TryFind(id) is not null;

    public static EmployeeTimeZone From(string id) =>
        TryFind(id) is { } info ? new EmployeeTimeZone(info) : throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));

    private static TimeZoneInfo? TryFind(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var info) ? info : null;
}
