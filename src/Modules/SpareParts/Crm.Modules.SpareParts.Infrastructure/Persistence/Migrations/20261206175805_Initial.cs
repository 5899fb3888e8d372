using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "spare_parts");

            migrationBuilder.CreateTable(
                name: "Parts",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Article = table.Column<string>(maxLength: 40, nullable: false),
                    ArticleKey = table.Column<string>(maxLength: 40, nullable: false),
                    Brand = table.Column<string>(maxLength: 60, nullable: false),
                    BrandKey = table.Column<string>(maxLength: 60, nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Unit = table.Column<string>(maxLength: 8, nullable: false),
                    Price = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Spare_partsInbox",
                schema: "spare_parts",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spare_partsInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "Spare_partsOutbox",
                schema: "spare_parts",
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
                    table.PrimaryKey("PK_Spare_partsOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Warehouses",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Warehouses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parts_ArticleKey_BrandKey",
                schema: "spare_parts",
                table: "Parts",
                columns: new[] { "ArticleKey", "BrandKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Spare_partsOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "spare_parts",
                table: "Spare_partsOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Warehouses_Name",
                schema: "spare_parts",
                table: "Warehouses",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Parts",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Spare_partsInbox",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Spare_partsOutbox",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Warehouses",
                schema: "spare_parts");
        }
    }
}
