using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Sales.Infrastructure.Persistence.Migrations
{
    /// <summary>Sales' own copy of the staff (names on the cards' tasks), kept from Tasking's employee cards (ADR 0059).</summary>
    [DbContext(typeof(SalesDbContext))]
    [Migration("20261206090000_SalesStaffCopy")]
    public partial class SalesStaffCopy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SalesStaff",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Version = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    DismissedAtUtc = table.Column<DateTime>(nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesStaff", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SalesStaff", schema: "sales");
        }
    }
}
