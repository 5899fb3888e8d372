using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialServiceStation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "service_station");

            migrationBuilder.CreateTable(
                name: "Service_stationInbox",
                schema: "service_station",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Service_stationInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Service_stationOutbox",
                schema: "service_station",
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
                    table.PrimaryKey("PK_Service_stationOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StationClients",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Phone = table.Column<string>(maxLength: 40, nullable: true),
                    PhoneE164 = table.Column<string>(maxLength: 16, nullable: true),
                    Email = table.Column<string>(maxLength: 320, nullable: true),
                    AsOfUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 233, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationClients", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Service_stationOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "service_station",
                table: "Service_stationOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_StationClients_PhoneE164",
                schema: "service_station",
                table: "StationClients",
                column: "PhoneE164");

            migrationBuilder.CreateIndex(
                name: "IX_StationClients_SortKey",
                schema: "service_station",
                table: "StationClients",
                column: "SortKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Service_stationInbox",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "Service_stationOutbox",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "StationClients",
                schema: "service_station");
        }
    }
}
