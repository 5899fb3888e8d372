using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.RefusalReasons;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>Tasking's own database: schema "tasking" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class TaskingDbContext(DbContextOptions<TaskingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "tasking";

    public override string Schema => SchemaName;

    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskType> TaskTypes => Set<TaskType>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<TaskingProcess> Processes => Set<TaskingProcess>();

    public DbSet<RefusalReason> RefusalReasons => Set<RefusalReason>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<Domain.SavedFilters.SavedFilter> SavedFilters => Set<Domain.SavedFilters.SavedFilter>();

    internal DbSet<TaskingSequence> Sequences => Set<TaskingSequence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        StatisticsFunctionMapping.Map(modelBuilder, this.Provider());
    }
}

/// <summary>A named counter (e.g. task numbers), advanced by one atomic UPDATE.</summary>
internal sealed class TaskingSequence
{
    public const string TaskNumber = "task-number";

    public string Name { get; set; } = string.Empty;

    public long Value { get; set; }
}
