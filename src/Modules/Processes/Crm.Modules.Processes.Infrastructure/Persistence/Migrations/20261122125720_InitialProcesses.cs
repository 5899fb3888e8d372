using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Processes.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialProcesses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "processes");

            migrationBuilder.CreateTable(
                name: "ProcessDefinitions",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Document = table.Column<string>(nullable: false),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    ActiveVersion = table.Column<int>(nullable: true),
                    LatestVersion = table.Column<int>(nullable: false),
                    HasUnreleasedChanges = table.Column<bool>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessDefinitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessesInbox",
                schema: "processes",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessesInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "ProcessesOutbox",
                schema: "processes",
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
                    table.PrimaryKey("PK_ProcessesOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessInstances",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    DefinitionId = table.Column<Guid>(nullable: false),
                    VersionId = table.Column<Guid>(nullable: false),
                    VersionNumber = table.Column<int>(nullable: false),
                    ProcessName = table.Column<string>(maxLength: 300, nullable: false),
                    ObjectType = table.Column<string>(maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(maxLength: 128, nullable: false),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    Outcome = table.Column<string>(maxLength: 100, nullable: true),
                    IsTestRun = table.Column<bool>(nullable: false),
                    ParentId = table.Column<Guid>(nullable: true),
                    ParentTokenId = table.Column<Guid>(nullable: true),
                    StartedAtUtc = table.Column<DateTime>(nullable: false),
                    EndedAtUtc = table.Column<DateTime>(nullable: true),
                    WaitsForFacts = table.Column<bool>(nullable: false),
                    IncidentError = table.Column<string>(maxLength: 2000, nullable: true),
                    IncidentAtUtc = table.Column<DateTime>(nullable: true),
                    LastAnsweredBy = table.Column<Guid>(nullable: true),
                    LastAnswerMomentUtc = table.Column<DateTime>(nullable: true),
                    StepCount = table.Column<int>(nullable: false),
                    Counters = table.Column<string>(nullable: false),
                    Tokens = table.Column<string>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessObjectFacts",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ObjectType = table.Column<string>(maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(maxLength: 128, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                    Facts = table.Column<string>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessObjectFacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessOfferedActions",
                schema: "processes",
                columns: table => new
                {
                    Module = table.Column<string>(maxLength: 64, nullable: false),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    ObjectType = table.Column<string>(maxLength: 64, nullable: false),
                    Description = table.Column<string>(maxLength: 1000, nullable: false),
                    Parameters = table.Column<string>(maxLength: 1000, nullable: false),
                    AnnouncedAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessOfferedActions", x => new { x.Module, x.Name, x.ObjectType });
                });

            migrationBuilder.CreateTable(
                name: "ProcessRequests",
                schema: "processes",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(nullable: false),
                    InstanceId = table.Column<Guid>(nullable: false),
                    TokenId = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    BlockId = table.Column<string>(maxLength: 100, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessRequests", x => x.RequestId);
                });

            migrationBuilder.CreateTable(
                name: "ProcessTimers",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    InstanceId = table.Column<Guid>(nullable: true),
                    TokenId = table.Column<Guid>(nullable: true),
                    DefinitionId = table.Column<Guid>(nullable: true),
                    Purpose = table.Column<string>(maxLength: 16, nullable: false),
                    DueAtUtc = table.Column<DateTime>(nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessTimers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessVersions",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    DefinitionId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Document = table.Column<string>(nullable: false),
                    ObjectType = table.Column<string>(maxLength: 64, nullable: false),
                    EntryKind = table.Column<string>(maxLength: 32, nullable: false),
                    EntryFact = table.Column<string>(maxLength: 128, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessTrace",
                schema: "processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    InstanceId = table.Column<Guid>(nullable: false),
                    Sequence = table.Column<int>(nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    BlockId = table.Column<string>(maxLength: 100, nullable: false),
                    BlockType = table.Column<string>(maxLength: 32, nullable: false),
                    Exit = table.Column<string>(maxLength: 100, nullable: true),
                    EmployeeId = table.Column<Guid>(nullable: true),
                    Comment = table.Column<string>(maxLength: 4000, nullable: true),
                    Detail = table.Column<string>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessTrace", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessTrace_ProcessInstances_InstanceId",
                        column: x => x.InstanceId,
                        principalSchema: "processes",
                        principalTable: "ProcessInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessesOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "processes",
                table: "ProcessesOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessInstances_DefinitionId_State",
                schema: "processes",
                table: "ProcessInstances",
                columns: new[] { "DefinitionId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessInstances_ObjectType_ObjectId_State",
                schema: "processes",
                table: "ProcessInstances",
                columns: new[] { "ObjectType", "ObjectId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessInstances_StartedAtUtc",
                schema: "processes",
                table: "ProcessInstances",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessObjectFacts_ObjectType_ObjectId",
                schema: "processes",
                table: "ProcessObjectFacts",
                columns: new[] { "ObjectType", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessTimers_DefinitionId",
                schema: "processes",
                table: "ProcessTimers",
                column: "DefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessTimers_DueAtUtc",
                schema: "processes",
                table: "ProcessTimers",
                column: "DueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessTimers_InstanceId",
                schema: "processes",
                table: "ProcessTimers",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessTrace_InstanceId_Sequence",
                schema: "processes",
                table: "ProcessTrace",
                columns: new[] { "InstanceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessVersions_DefinitionId_Number",
                schema: "processes",
                table: "ProcessVersions",
                columns: new[] { "DefinitionId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessVersions_ObjectType_EntryKind",
                schema: "processes",
                table: "ProcessVersions",
                columns: new[] { "ObjectType", "EntryKind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcessDefinitions",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessesInbox",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessesOutbox",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessObjectFacts",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessOfferedActions",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessRequests",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessTimers",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessTrace",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessVersions",
                schema: "processes");

            migrationBuilder.DropTable(
                name: "ProcessInstances",
                schema: "processes");
        }
    }
}
