using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PartCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartAnalogues",
                schema: "spare_parts",
                columns: table => new
                {
                    BrandKey = table.Column<string>(maxLength: 60, nullable: false),
                    ArticleKey = table.Column<string>(maxLength: 40, nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    Brand = table.Column<string>(maxLength: 60, nullable: false),
                    Article = table.Column<string>(maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartAnalogues", x => new { x.PartId, x.ArticleKey, x.BrandKey });
                    table.ForeignKey(
                        name: "FK_PartAnalogues_Parts_PartId",
                        column: x => x.PartId,
                        principalSchema: "spare_parts",
                        principalTable: "Parts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartWords",
                schema: "spare_parts",
                columns: table => new
                {
                    Word = table.Column<string>(maxLength: 40, nullable: false),
                    PartId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartWords", x => new { x.PartId, x.Word });
                    table.ForeignKey(
                        name: "FK_PartWords_Parts_PartId",
                        column: x => x.PartId,
                        principalSchema: "spare_parts",
                        principalTable: "Parts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parts_BrandKey_ArticleKey",
                schema: "spare_parts",
                table: "Parts",
                columns: new[] { "BrandKey", "ArticleKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PartAnalogues_ArticleKey",
                schema: "spare_parts",
                table: "PartAnalogues",
                column: "ArticleKey");

            migrationBuilder.CreateIndex(
                name: "IX_PartWords_Word_PartId",
                schema: "spare_parts",
                table: "PartWords",
                columns: new[] { "Word", "PartId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartAnalogues",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "PartWords",
                schema: "spare_parts");

            migrationBuilder.DropIndex(
                name: "IX_Parts_BrandKey_ArticleKey",
                schema: "spare_parts",
                table: "Parts");
        }
    }
}
