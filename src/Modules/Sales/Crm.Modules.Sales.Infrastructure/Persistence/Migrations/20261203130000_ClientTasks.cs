using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Sales.Infrastructure.Persistence.Migrations
{
    /// <summary>The tasks about clients and orders, as Tasking announces them, for the cards.</summary>
    [DbContext(typeof(SalesDbContext))]
    [Migration("20261203130000_ClientTasks")]
    public partial class ClientTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SalesCardTasks",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<long>(nullable: false),
                    Title = table.Column<string>(maxLength: 300, nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    AssigneeId = table.Column<Guid>(nullable: true),
                    DueAtUtc = table.Column<DateTime>(nullable: true),
                    PostponedUntilUtc = table.Column<DateTime>(nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesCardTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesCardTasks_ClientId_Status",
                schema: "sales",
                table: "SalesCardTasks",
                columns: new[] { "ClientId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SalesCardTasks_OrderId",
                schema: "sales",
                table: "SalesCardTasks",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SalesCardTasks", schema: "sales");
        }
    }
}
