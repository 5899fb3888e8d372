using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SupplyCheckIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CustomerOrderLines_Awaiting_SupplyDeadlineUtc",
                schema: "spare_parts",
                table: "CustomerOrderLines",
                columns: new[] { "Awaiting", "SupplyDeadlineUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CustomerOrderLines_Awaiting_SupplyDeadlineUtc",
                schema: "spare_parts",
                table: "CustomerOrderLines");
        }
    }
}
