using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Quality.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "quality");

            migrationBuilder.CreateTable(
                name: "QualityInbox",
                schema: "quality",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "QualityOutbox",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Type = table.Column<string>(maxLength: 500, nullable: false),
                    Payload = table.Column<string>(nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(nullable: false),
                    PartitionKey = table.Column<Guid>(nullable: true),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(nullable: true),
                    FailedAtUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 4000, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualityStaff",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    CardVersion = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    IsSupervisor = table.Column<bool>(nullable: false),
                    DismissedAtUtc = table.Column<DateTime>(nullable: true),
                    PositionIds = table.Column<string>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityStaff", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QualityOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "quality",
                table: "QualityOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualityInbox",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "QualityOutbox",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "QualityStaff",
                schema: "quality");
        }
    }
}
