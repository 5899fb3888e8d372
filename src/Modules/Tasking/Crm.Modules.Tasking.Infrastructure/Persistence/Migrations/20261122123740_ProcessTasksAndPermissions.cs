using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProcessTasksAndPermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "tasking",
                table: "TaskTypes",
                maxLength: 16,
                nullable: false,
                defaultValue: "Task");

            migrationBuilder.AddColumn<DateTime>(
                name: "ChosenMomentUtc",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "HiddenFromInbox",
                schema: "tasking",
                table: "Tasks",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                schema: "tasking",
                table: "Tasks",
                maxLength: 16,
                nullable: false,
                defaultValue: "Task");

            migrationBuilder.AddColumn<string>(
                name: "ProcessBlockId",
                schema: "tasking",
                table: "Tasks",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProcessDefinitionId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProcessInstanceId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcessName",
                schema: "tasking",
                table: "Tasks",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ProcessRequestId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<TimeSpan>(
                name: "ReactionTime",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TimedOutAtUtc",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "TimeoutAtUtc",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DepartmentId",
                schema: "tasking",
                table: "Employees",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Departments",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Departments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskAnswers",
                schema: "tasking",
                columns: table => new
                {
                    Code = table.Column<string>(maxLength: 64, nullable: false),
                    TaskId = table.Column<Guid>(nullable: false),
                    Label = table.Column<string>(maxLength: 200, nullable: false),
                    AsksForMoment = table.Column<bool>(nullable: false),
                    RequiresComment = table.Column<bool>(nullable: false),
                    RequiresReason = table.Column<bool>(nullable: false),
                    Position = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskAnswers", x => new { x.TaskId, x.Code });
                    table.ForeignKey(
                        name: "FK_TaskAnswers_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskingProcesses",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 300, nullable: false),
                    Priority = table.Column<int>(nullable: false),
                    HiddenFromInbox = table.Column<bool>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskingProcesses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskingProcessExecutors",
                schema: "tasking",
                columns: table => new
                {
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    Id = table.Column<Guid>(nullable: false),
                    ProcessId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskingProcessExecutors", x => new { x.ProcessId, x.Kind, x.Id });
                    table.ForeignKey(
                        name: "FK_TaskingProcessExecutors_TaskingProcesses_ProcessId",
                        column: x => x.ProcessId,
                        principalSchema: "tasking",
                        principalTable: "TaskingProcesses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "TaskTypes",
                columns: new[] { "Id", "Colour", "Icon", "Kind", "Name", "SortOrder", "Version" },
                values: new object[,]
                {
                    { new Guid("0b5e7c1a-0000-4000-8000-000000000001"), "#8e24aa", "help", "Question", "Question to manager", 1, 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-000000000002"), "#1e88e5", "phone", "Call", "Process call", 2, 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-000000000003"), "#00897b", "check", "ConfirmAction", "Confirm action", 3, 0 }
                });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "TaskTypes",
                columns: new[] { "Id", "Colour", "Icon", "Name", "SortOrder", "Version" },
                values: new object[,]
                {
                    { new Guid("0b5e7c1a-0000-4000-8000-000000000004"), "#607d8b", "task", "Process task", 4, 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-000000000005"), "#f4511e", "forward", "Task redirected", 5, 0 }
                });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "TaskTypes",
                columns: new[] { "Id", "Colour", "Icon", "Kind", "Name", "SortOrder", "Version" },
                values: new object[] { new Guid("0b5e7c1a-0000-4000-8000-000000000006"), "#e53935", "phone-callback", "Call", "Call the client back", 6, 0 });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "TaskTypeResults",
                columns: new[] { "Code", "TaskTypeId", "Name", "Position", "RequiresReason" },
                values: new object[,]
                {
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000001"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000001"), "Failed", 2, false },
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000002"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000002"), "Failed", 2, false },
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000003"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000003"), "Failed", 2, false },
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000004"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000004"), "Failed", 2, false },
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000005"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000005"), "Failed", 2, false },
                    { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000006"), "Done", 1, false },
                    { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000006"), "Failed", 2, false }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProcessInstanceId",
                schema: "tasking",
                table: "Tasks",
                column: "ProcessInstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProcessRequestId",
                schema: "tasking",
                table: "Tasks",
                column: "ProcessRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_TimeoutAtUtc",
                schema: "tasking",
                table: "Tasks",
                column: "TimeoutAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_DepartmentId",
                schema: "tasking",
                table: "Employees",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskingProcessExecutors_Kind_Id",
                schema: "tasking",
                table: "TaskingProcessExecutors",
                columns: new[] { "Kind", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Departments",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskAnswers",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskingProcessExecutors",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskingProcesses",
                schema: "tasking");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProcessInstanceId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProcessRequestId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_TimeoutAtUtc",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Employees_DepartmentId",
                schema: "tasking",
                table: "Employees");

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000001") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000001") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000002") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000002") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000003") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000003") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000004") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000004") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000005") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000005") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "done", new Guid("0b5e7c1a-0000-4000-8000-000000000006") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypeResults",
                keyColumns: new[] { "Code", "TaskTypeId" },
                keyValues: new object[] { "failed", new Guid("0b5e7c1a-0000-4000-8000-000000000006") });

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000001"));

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000002"));

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000003"));

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000004"));

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000005"));

            migrationBuilder.DeleteData(
                schema: "tasking",
                table: "TaskTypes",
                keyColumn: "Id",
                keyValue: new Guid("0b5e7c1a-0000-4000-8000-000000000006"));

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "tasking",
                table: "TaskTypes");

            migrationBuilder.DropColumn(
                name: "ChosenMomentUtc",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "HiddenFromInbox",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Kind",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ProcessBlockId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ProcessDefinitionId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ProcessInstanceId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ProcessName",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ProcessRequestId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ReactionTime",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "TimedOutAtUtc",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "TimeoutAtUtc",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                schema: "tasking",
                table: "Employees");
        }
    }
}
