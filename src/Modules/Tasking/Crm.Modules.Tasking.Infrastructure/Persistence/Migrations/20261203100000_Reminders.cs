using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>Reminders of postponed tasks, employees' notification settings, task types' default reminders.</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261203100000_Reminders")]
    public partial class Reminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeSpan>(
                name: "DefaultReminderOffset",
                schema: "tasking",
                table: "TaskTypes",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NotificationSettings",
                schema: "tasking",
                columns: table => new
                {
                    EmployeeId = table.Column<Guid>(nullable: false),
                    Channel = table.Column<string>(maxLength: 16, nullable: false),
                    Email = table.Column<string>(maxLength: 254, nullable: true),
                    Phone = table.Column<string>(maxLength: 32, nullable: true),
                    TelegramChatId = table.Column<string>(maxLength: 64, nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationSettings", x => x.EmployeeId);
                });

            migrationBuilder.CreateTable(
                name: "TaskReminders",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: false),
                    Channel = table.Column<string>(maxLength: 16, nullable: false),
                    Contact = table.Column<string>(maxLength: 254, nullable: true),
                    Offset = table.Column<TimeSpan>(nullable: false),
                    MomentUtc = table.Column<DateTime>(nullable: false),
                    RemindAtUtc = table.Column<DateTime>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true),
                    SentAtUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 2000, nullable: true),
                    NoticeClosedAtUtc = table.Column<DateTime>(nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    TaskId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskReminders_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskReminders_EmployeeId_Status",
                schema: "tasking",
                table: "TaskReminders",
                columns: new[] { "EmployeeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskReminders_Status_NextAttemptAtUtc",
                schema: "tasking",
                table: "TaskReminders",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskReminders_TaskId",
                schema: "tasking",
                table: "TaskReminders",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationSettings",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskReminders",
                schema: "tasking");

            migrationBuilder.DropColumn(
                name: "DefaultReminderOffset",
                schema: "tasking",
                table: "TaskTypes");
        }
    }
}
