using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>The moment and the two employees the domain tests work with (no host, no database).</summary>
internal static class TaskingSamples
{
    public static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
    public static readonly EmployeeId Alice = new(Guid.NewGuid());
    public static readonly EmployeeId Bob = new(Guid.NewGuid());
}
