using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>New-task alerts and escalation (ADR 0064): task types' settings, tasks' escalation, alerts' reason and their once-only index.</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261206115639_TaskAlertsAndEscalation")]
    public partial class TaskAlertsAndEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AlertsOnOpen",
                schema: "tasking",
                table: "TaskTypes",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalateToId",
                schema: "tasking",
                table: "TaskTypes",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalateToKind",
                schema: "tasking",
                table: "TaskTypes",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EscalatedAtUtc",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EscalatedToId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalatedToKind",
                schema: "tasking",
                table: "Tasks",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                schema: "tasking",
                table: "TaskReminders",
                maxLength: 16,
                nullable: false,
                defaultValue: "Postponed");

            migrationBuilder.CreateIndex(
                name: "IX_TaskReminders_TaskId_EmployeeId_Reason",
                schema: "tasking",
                table: "TaskReminders",
                columns: new[] { "TaskId", "EmployeeId", "Reason" },
                unique: true,
                filter: "\"Reason\" <> 'Postponed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaskReminders_TaskId_EmployeeId_Reason",
                schema: "tasking",
                table: "TaskReminders");

            migrationBuilder.DropColumn(
                name: "AlertsOnOpen",
                schema: "tasking",
                table: "TaskTypes");

            migrationBuilder.DropColumn(
                name: "EscalateToId",
                schema: "tasking",
                table: "TaskTypes");

            migrationBuilder.DropColumn(
                name: "EscalateToKind",
                schema: "tasking",
                table: "TaskTypes");

            migrationBuilder.DropColumn(
                name: "EscalatedAtUtc",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "EscalatedToId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "EscalatedToKind",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Reason",
                schema: "tasking",
                table: "TaskReminders");
        }
    }
}
