using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>The moment, the two employees and the plain task type the domain tests work with (no host, no database).</summary>
internal static class TaskingSamples
{
    public static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
    public static readonly EmployeeId Alice = new(Guid.NewGuid());
    public static readonly EmployeeId Bob = new(Guid.NewGuid());

    /// <summary>A type with the default results ("done", "failed"); tests never change it.</summary>
    public static readonly TaskType Plain = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Plain", "x", "#000000", 1, null);
}
