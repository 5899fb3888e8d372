namespace Crm.Modules.Tasking.Domain.RefusalReasons;

/// <summary>
/// The reasons every station starts with (seeded by a migration, fixed ids). "Other" is the only one the system
/// relies on: it always exists and demands a comment; the rest are a starting point the administrator edits.
/// </summary>
public static class BuiltInRefusalReasons
{
    public static readonly RefusalReasonId Other = new(Guid.Parse("0b5e7c1a-0000-4000-8000-0000000000f1"));

    /// <summary>id, name, demands a comment: what the migration seeds.</summary>
    public static IReadOnlyList<(RefusalReasonId Id, string Name, bool DemandsComment)> All { get; } =
    [
        (new(Guid.Parse("0b5e7c1a-0000-4000-8000-0000000000f2")), "Too expensive", false),
        (new(Guid.Parse("0b5e7c1a-0000-4000-8000-0000000000f3")), "Bought elsewhere", false),
        (new(Guid.Parse("0b5e7c1a-0000-4000-8000-0000000000f4")), "No longer needed", false),
        (Other, "Other", true),
    ];

    public static bool IsBuiltIn(RefusalReasonId id) => id == Other;
}
