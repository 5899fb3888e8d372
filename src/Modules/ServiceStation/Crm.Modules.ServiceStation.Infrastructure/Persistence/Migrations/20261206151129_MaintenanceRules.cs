using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MaintenanceRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaintenanceDues",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    RuleId = table.Column<Guid>(nullable: false),
                    VehicleId = table.Column<Guid>(nullable: false),
                    Cycle = table.Column<string>(maxLength: 64, nullable: false),
                    WorksItem = table.Column<string>(maxLength: 300, nullable: false),
                    Reason = table.Column<string>(maxLength: 16, nullable: false),
                    SinceUtc = table.Column<DateTime>(nullable: false),
                    SinceKm = table.Column<int>(nullable: true),
                    ExpectedKm = table.Column<int>(nullable: true),
                    ReportedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceDues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceRules",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    WorksItem = table.Column<string>(maxLength: 300, nullable: false),
                    EveryMonths = table.Column<int>(nullable: true),
                    EveryKm = table.Column<int>(nullable: true),
                    Make = table.Column<string>(maxLength: 100, nullable: true),
                    IsActive = table.Column<bool>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    NextCheckAtUtc = table.Column<DateTime>(nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceDues_RuleId_VehicleId_Cycle",
                schema: "service_station",
                table: "MaintenanceDues",
                columns: new[] { "RuleId", "VehicleId", "Cycle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRules_NextCheckAtUtc",
                schema: "service_station",
                table: "MaintenanceRules",
                column: "NextCheckAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_MaintenanceRules_SortKey",
                schema: "service_station",
                table: "MaintenanceRules",
                column: "SortKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaintenanceDues",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "MaintenanceRules",
                schema: "service_station");
        }
    }
}
