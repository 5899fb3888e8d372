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
        builder.OwnsMany(t => t.Results, result =>
        {
            result.ToTable("TaskTypeResults");
            result.WithOwner().HasForeignKey("TaskTypeId");
            result.HasKey("TaskTypeId", nameof(TaskResultOption.Code));
            result.Property(r => r.Code).HasMaxLength(TaskResultOption.CodeMaxLength);
            result.Property(r => r.Name).IsRequired().HasMaxLength(200);
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
