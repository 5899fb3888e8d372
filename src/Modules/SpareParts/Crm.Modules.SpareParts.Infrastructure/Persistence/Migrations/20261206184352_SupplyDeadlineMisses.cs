using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SupplyDeadlineMisses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupplyDeadlineMisses",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: false),
                    LineId = table.Column<Guid>(nullable: false),
                    DeadlineUtc = table.Column<DateTime>(nullable: false),
                    ReportedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyDeadlineMisses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeadlineMisses_LineId_DeadlineUtc",
                schema: "spare_parts",
                table: "SupplyDeadlineMisses",
                columns: new[] { "LineId", "DeadlineUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDeadlineMisses_OrderId",
                schema: "spare_parts",
                table: "SupplyDeadlineMisses",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupplyDeadlineMisses",
                schema: "spare_parts");
        }
    }
}
