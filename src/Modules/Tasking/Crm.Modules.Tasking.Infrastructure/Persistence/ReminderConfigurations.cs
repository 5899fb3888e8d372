using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary>A task's reminders: a table of their own, which the delivery job claims rows of.</summary>
internal sealed class WorkTaskRemindersConfiguration : IEntityTypeConfiguration<WorkTask>
{
    public void Configure(EntityTypeBuilder<WorkTask> builder) =>
        builder.OwnsMany(t => t.Reminders, reminder =>
        {
            reminder.ToTable("TaskReminders");
            reminder.WithOwner().HasForeignKey("TaskId");
            reminder.HasKey(r => r.Id);
            reminder.Property(r => r.Id).ValueGeneratedNever();
            reminder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
            reminder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ReminderReason.Postponed);
            reminder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            reminder.Property(r => r.Contact).HasMaxLength(NotificationSettings.EmailMaxLength);
            reminder.Property(r => r.LastError).HasMaxLength(RetryPolicy.ErrorMaxLength);
            reminder.HasIndex("TaskId"); // a task's reminders (the filtered index below does not serve every row)
            reminder.HasIndex(r => new { r.Status, r.NextAttemptAtUtc }); // the delivery job's claim
            reminder.HasIndex(r => new { r.EmployeeId, r.Status }); // my informer
            // An alert goes once per task, person and reason, whatever races: the database refuses a second row.
            reminder.HasIndex("TaskId", nameof(TaskReminder.EmployeeId), nameof(TaskReminder.Reason)).IsUnique().HasFilter("\"Reason\" <> 'Postponed'");
        });
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.ToTable("NotificationSettings");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("EmployeeId").ValueGeneratedNever();
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Email).HasMaxLength(NotificationSettings.EmailMaxLength);
        builder.Property(s => s.Phone).HasMaxLength(NotificationSettings.PhoneMaxLength);
        builder.Property(s => s.TelegramChatId).HasMaxLength(NotificationSettings.TelegramChatIdMaxLength);
    }
}
