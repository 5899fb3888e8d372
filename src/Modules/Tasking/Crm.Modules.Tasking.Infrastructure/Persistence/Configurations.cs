using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).IsRequired().HasMaxLength(WorkTask.TitleMaxLength);
        builder.Property(t => t.Description).HasMaxLength(WorkTask.DescriptionMaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ResultCode).HasMaxLength(TaskResultOption.CodeMaxLength);
        builder.Property(t => t.ResultComment).HasMaxLength(WorkTask.ResultCommentMaxLength);
        builder.Property(t => t.ResultReason).HasMaxLength(1000);
        builder.OwnsOne(t => t.Subject, subject =>
        {
            subject.Property(s => s.Type).HasColumnName("SubjectType").HasMaxLength(Subject.TypeMaxLength);
            subject.Property(s => s.Id).HasColumnName("SubjectId").HasMaxLength(Subject.IdMaxLength);
            subject.HasIndex(s => new { s.Type, s.Id });
        });
        builder.OwnsOne(t => t.Addressee, addressee =>
        {
            addressee.Property(a => a.Kind).HasColumnName("AddresseeKind").HasConversion<string>().HasMaxLength(16);
            addressee.Property(a => a.Id).HasColumnName("AddresseeId");
        });
        builder.Navigation(t => t.Addressee).IsRequired();
        builder.OwnsOne(t => t.EscalatedTo, target =>
        {
            target.Property(a => a.Kind).HasColumnName("EscalatedToKind").HasConversion<string>().HasMaxLength(16);
            target.Property(a => a.Id).HasColumnName("EscalatedToId");
        });
        // Defaults in the model, not only in the migration: rows from before the column existed are plain tasks.
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(TaskKind.Task);
        builder.Property(t => t.HiddenFromInbox).HasDefaultValue(false);
        builder.OwnsOne(t => t.Process, process =>
        {
            process.Property(p => p.InstanceId).HasColumnName("ProcessInstanceId");
            process.Property(p => p.DefinitionId).HasColumnName("ProcessDefinitionId");
            process.Property(p => p.Name).HasColumnName("ProcessName").HasMaxLength(ProcessLink.NameMaxLength);
            process.Property(p => p.BlockId).HasColumnName("ProcessBlockId").HasMaxLength(ProcessLink.BlockIdMaxLength);
            process.Property(p => p.RequestId).HasColumnName("ProcessRequestId");
            process.HasIndex(p => p.RequestId);
            process.HasIndex(p => p.InstanceId);
        });
        builder.OwnsMany(t => t.Answers, answer =>
        {
            answer.ToTable("TaskAnswers");
            answer.WithOwner().HasForeignKey("TaskId");
            answer.HasKey("TaskId", nameof(TaskAnswer.Code));
            answer.Property(a => a.Code).HasMaxLength(TaskAnswer.CodeMaxLength);
            answer.Property(a => a.Label).IsRequired().HasMaxLength(TaskAnswer.LabelMaxLength);
        });
        builder.OwnsMany(t => t.Comments, comment =>
        {
            comment.ToTable("TaskComments");
            comment.WithOwner().HasForeignKey("TaskId");
            comment.HasKey(c => c.Id);
            comment.Property(c => c.Id).ValueGeneratedNever();
            comment.Property(c => c.Text).IsRequired().HasMaxLength(TaskComment.TextMaxLength);
        });
        builder.OwnsMany(t => t.History, entry =>
        {
            entry.ToTable("TaskHistory");
            entry.WithOwner().HasForeignKey("TaskId");
            entry.HasKey(h => h.Id);
            entry.Property(h => h.Id).ValueGeneratedNever();
            entry.Property(h => h.Action).HasConversion<string>().HasMaxLength(32);
        });
        builder.HasIndex(t => t.Number).IsUnique();
        builder.HasIndex(t => new { t.Status, t.Number });
        builder.HasIndex(t => new { t.AssigneeId, t.Status });
        builder.HasIndex(t => t.TimeoutAtUtc);
    }
}

internal sealed class TaskTypeConfiguration : IEntityTypeConfiguration<TaskType>
{
    public void Configure(EntityTypeBuilder<TaskType> builder)
    {
        builder.ToTable("TaskTypes");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).IsRequired().HasMaxLength(TaskType.NameMaxLength);
        builder.Property(t => t.Icon).IsRequired().HasMaxLength(64);
        builder.Property(t => t.Colour).IsRequired().HasMaxLength(16);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16).HasDefaultValue(TaskKind.Task);
        builder.Property(t => t.AlertsOnOpen).HasDefaultValue(false);
        builder.OwnsOne(t => t.EscalateTo, target =>
        {
            target.Property(a => a.Kind).HasColumnName("EscalateToKind").HasConversion<string>().HasMaxLength(16);
            target.Property(a => a.Id).HasColumnName("EscalateToId");
        });
        builder.HasData(BuiltInTaskTypes.All.Select(t => new { t.Id, t.Name, t.Icon, t.Colour, t.SortOrder, t.Kind, Version = 0 }));
        builder.OwnsMany(t => t.Results, result =>
        {
            result.HasData(BuiltInTaskTypes.All.SelectMany(t => TaskType.DefaultResults.Select((r, i) =>
                new { TaskTypeId = t.Id, r.Code, r.Name, r.RequiresReason, Position = i + 1 })));
            result.ToTable("TaskTypeResults");
            result.WithOwner().HasForeignKey("TaskTypeId");
            result.HasKey("TaskTypeId", nameof(TaskResultOption.Code));
            result.Property(r => r.Code).HasMaxLength(TaskResultOption.CodeMaxLength);
            result.Property(r => r.Name).IsRequired().HasMaxLength(200);
            result.Property(r => r.AsksForMoment).HasDefaultValue(false);
        });
    }
}

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> builder)
    {
        builder.ToTable("Employees");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).IsRequired().HasMaxLength(Employee.NameMaxLength);
        builder.Property(e => e.TimeZoneId).IsRequired().HasMaxLength(64);
        builder.Ignore(e => e.TimeZone);
        builder.HasIndex(e => e.DepartmentId);
        builder.OwnsMany(e => e.Positions, position =>
        {
            position.ToTable("EmployeePositions");
            position.WithOwner().HasForeignKey("EmployeeId");
            position.HasKey("EmployeeId", nameof(EmployeePosition.PositionId));
        });
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.ToTable("Positions");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).IsRequired().HasMaxLength(Position.NameMaxLength);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.ToTable("Departments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Name).IsRequired().HasMaxLength(Department.NameMaxLength);
    }
}

internal sealed class TaskingProcessConfiguration : IEntityTypeConfiguration<TaskingProcess>
{
    public void Configure(EntityTypeBuilder<TaskingProcess> builder)
    {
        builder.ToTable("TaskingProcesses");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).IsRequired().HasMaxLength(TaskingProcess.NameMaxLength);
        builder.OwnsMany(p => p.Executors, executor =>
        {
            executor.ToTable("TaskingProcessExecutors");
            executor.WithOwner().HasForeignKey("ProcessId");
            executor.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
            executor.HasKey("ProcessId", nameof(ProcessExecutor.Kind), nameof(ProcessExecutor.Id));
            executor.HasIndex(e => new { e.Kind, e.Id }); // "which processes do I execute?"
        });
    }
}

internal sealed class TaskingSequenceConfiguration : IEntityTypeConfiguration<TaskingSequence>
{
    public void Configure(EntityTypeBuilder<TaskingSequence> builder)
    {
        builder.ToTable("TaskingSequences");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
        builder.HasData(new TaskingSequence { Name = TaskingSequence.TaskNumber, Value = 0 });
    }
}
