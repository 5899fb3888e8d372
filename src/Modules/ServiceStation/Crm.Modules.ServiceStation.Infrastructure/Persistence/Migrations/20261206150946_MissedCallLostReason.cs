using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MissedCallLostReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LostReason",
                schema: "service_station",
                table: "StationContactCalls",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LostReason",
                schema: "service_station",
                table: "StationContactCalls");
        }
    }
}
