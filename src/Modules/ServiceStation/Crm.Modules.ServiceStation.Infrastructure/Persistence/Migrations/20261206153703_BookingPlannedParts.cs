using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BookingPlannedParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BookingParts",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    BookingId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Text = table.Column<string>(maxLength: 300, nullable: true),
                    PartReference = table.Column<string>(maxLength: 100, nullable: true),
                    Quantity = table.Column<decimal>(precision: 12, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingParts_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalSchema: "service_station",
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookingParts_BookingId",
                schema: "service_station",
                table: "BookingParts",
                column: "BookingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BookingParts",
                schema: "service_station");
        }
    }
}
