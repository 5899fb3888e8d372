using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialTasking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tasking");

            migrationBuilder.CreateTable(
                name: "Employees",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    TimeZoneId = table.Column<string>(maxLength: 64, nullable: false),
                    IsAdministrator = table.Column<bool>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Positions",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Positions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskingInbox",
                schema: "tasking",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskingInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "TaskingOutbox",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Type = table.Column<string>(maxLength: 500, nullable: false),
                    Payload = table.Column<string>(nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(nullable: true),
                    FailedAtUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 4000, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskingOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskingSequences",
                schema: "tasking",
                columns: table => new
                {
                    Name = table.Column<string>(maxLength: 64, nullable: false),
                    Value = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskingSequences", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<long>(nullable: false),
                    TypeId = table.Column<Guid>(nullable: false),
                    Title = table.Column<string>(maxLength: 300, nullable: false),
                    Description = table.Column<string>(maxLength: 8000, nullable: true),
                    SubjectType = table.Column<string>(maxLength: 64, nullable: true),
                    SubjectId = table.Column<string>(maxLength: 128, nullable: true),
                    AddresseeKind = table.Column<string>(maxLength: 16, nullable: false),
                    AddresseeId = table.Column<Guid>(nullable: false),
                    AssigneeId = table.Column<Guid>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Priority = table.Column<int>(nullable: false),
                    CreatedBy = table.Column<Guid>(nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    DueAtUtc = table.Column<DateTime>(nullable: true),
                    TakenAtUtc = table.Column<DateTime>(nullable: true),
                    WorkStartedAtUtc = table.Column<DateTime>(nullable: true),
                    PostponedUntilUtc = table.Column<DateTime>(nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(nullable: true),
                    CompletedBy = table.Column<Guid>(nullable: true),
                    ResultCode = table.Column<string>(maxLength: 64, nullable: true),
                    ResultComment = table.Column<string>(maxLength: 4000, nullable: true),
                    ResultReason = table.Column<string>(maxLength: 1000, nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskTypes",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Icon = table.Column<string>(maxLength: 64, nullable: false),
                    Colour = table.Column<string>(maxLength: 16, nullable: false),
                    SortOrder = table.Column<int>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployeePositions",
                schema: "tasking",
                columns: table => new
                {
                    PositionId = table.Column<Guid>(nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeePositions", x => new { x.EmployeeId, x.PositionId });
                    table.ForeignKey(
                        name: "FK_EmployeePositions_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "tasking",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskComments",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Author = table.Column<Guid>(nullable: false),
                    Text = table.Column<string>(maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    TaskId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskComments_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskHistory",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Sequence = table.Column<int>(nullable: false),
                    Action = table.Column<string>(maxLength: 32, nullable: false),
                    By = table.Column<Guid>(nullable: true),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    Details = table.Column<string>(nullable: true),
                    TaskId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskHistory_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskTypeResults",
                schema: "tasking",
                columns: table => new
                {
                    Code = table.Column<string>(maxLength: 64, nullable: false),
                    TaskTypeId = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Position = table.Column<int>(nullable: false),
                    RequiresReason = table.Column<bool>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskTypeResults", x => new { x.TaskTypeId, x.Code });
                    table.ForeignKey(
                        name: "FK_TaskTypeResults_TaskTypes_TaskTypeId",
                        column: x => x.TaskTypeId,
                        principalSchema: "tasking",
                        principalTable: "TaskTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "TaskingSequences",
                columns: new[] { "Name", "Value" },
                values: new object[] { "task-number", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_TaskComments_TaskId",
                schema: "tasking",
                table: "TaskComments",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskHistory_TaskId",
                schema: "tasking",
                table: "TaskHistory",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskingOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "tasking",
                table: "TaskingOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_AssigneeId_Status",
                schema: "tasking",
                table: "Tasks",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Number",
                schema: "tasking",
                table: "Tasks",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_Number",
                schema: "tasking",
                table: "Tasks",
                columns: new[] { "Status", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_SubjectType_SubjectId",
                schema: "tasking",
                table: "Tasks",
                columns: new[] { "SubjectType", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployeePositions",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "Positions",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskComments",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskHistory",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskingInbox",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskingOutbox",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskingSequences",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskTypeResults",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "Employees",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "Tasks",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskTypes",
                schema: "tasking");
        }
    }
}
