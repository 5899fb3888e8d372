using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Carts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Carts",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    SourceKind = table.Column<string>(maxLength: 16, nullable: false),
                    SourceId = table.Column<Guid>(nullable: false),
                    SourceSubjectType = table.Column<string>(maxLength: 16, nullable: true),
                    SourceSubjectId = table.Column<Guid>(nullable: true),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    OpenedBy = table.Column<Guid>(nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(nullable: true),
                    DiscardReason = table.Column<string>(maxLength: 500, nullable: true),
                    DocumentKind = table.Column<string>(maxLength: 16, nullable: true),
                    DocumentId = table.Column<Guid>(nullable: true),
                    AwaitedPickId = table.Column<Guid>(nullable: true),
                    RefusalCode = table.Column<string>(maxLength: 100, nullable: true),
                    Refusal = table.Column<string>(maxLength: 500, nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CartLines",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    Article = table.Column<string>(maxLength: 40, nullable: false),
                    Brand = table.Column<string>(maxLength: 60, nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Unit = table.Column<string>(maxLength: 8, nullable: false),
                    Quantity = table.Column<decimal>(precision: 12, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                    CartId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CartLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CartLines_Carts_CartId",
                        column: x => x.CartId,
                        principalSchema: "spare_parts",
                        principalTable: "Carts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CartLines_CartId",
                schema: "spare_parts",
                table: "CartLines",
                column: "CartId");

            migrationBuilder.CreateIndex(
                name: "IX_Carts_SourceKind_SourceId",
                schema: "spare_parts",
                table: "Carts",
                columns: new[] { "SourceKind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Carts_SourceSubjectType_SourceSubjectId",
                schema: "spare_parts",
                table: "Carts",
                columns: new[] { "SourceSubjectType", "SourceSubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CartLines",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Carts",
                schema: "spare_parts");
        }
    }
}
