using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BookingPartsExpected : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "PartsExpectedAtUtc",
                schema: "service_station",
                table: "Bookings",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PartsLate",
                schema: "service_station",
                table: "Bookings",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "PartsNewsAtUtc",
                schema: "service_station",
                table: "Bookings",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartsExpectedAtUtc",
                schema: "service_station",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PartsLate",
                schema: "service_station",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "PartsNewsAtUtc",
                schema: "service_station",
                table: "Bookings");
        }
    }
}
