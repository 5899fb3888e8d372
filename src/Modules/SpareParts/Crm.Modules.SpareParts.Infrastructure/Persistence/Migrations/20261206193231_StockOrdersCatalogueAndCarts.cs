using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.SpareParts.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StockOrdersCatalogueAndCarts : Migration
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
                name: "CustomerOrders",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    ManagerId = table.Column<Guid>(nullable: false),
                    WarehouseId = table.Column<Guid>(nullable: false),
                    WorkOrderId = table.Column<Guid>(nullable: true),
                    BookingId = table.Column<Guid>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    PostedAtUtc = table.Column<DateTime>(nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(nullable: true),
                    SaleId = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GoodsReceipts",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Supplier = table.Column<string>(maxLength: 200, nullable: false),
                    WarehouseId = table.Column<Guid>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    PostedAtUtc = table.Column<DateTime>(nullable: true),
                    PostedById = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsReceipts", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "Sales",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    WarehouseId = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: true),
                    CustomerOrderId = table.Column<Guid>(nullable: true),
                    SoldById = table.Column<Guid>(nullable: false),
                    SoldAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockLevels",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    WarehouseId = table.Column<Guid>(nullable: false),
                    OnHand = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Reserved = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockMovements",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    WarehouseId = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 16, nullable: false),
                    Quantity = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    OnHandAfter = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    ReservedAfter = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    ByEmployeeId = table.Column<Guid>(nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    DocumentType = table.Column<string>(maxLength: 32, nullable: true),
                    DocumentId = table.Column<Guid>(nullable: true),
                    Key = table.Column<string>(maxLength: 52, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockMovements", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "CustomerOrderLines",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    Unit = table.Column<string>(maxLength: 8, nullable: false),
                    Quantity = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                    Reserved = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Awaiting = table.Column<bool>(nullable: false),
                    SupplyDeadlineUtc = table.Column<DateTime>(nullable: true),
                    CustomerOrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerOrderLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerOrderLines_CustomerOrders_CustomerOrderId",
                        column: x => x.CustomerOrderId,
                        principalSchema: "spare_parts",
                        principalTable: "CustomerOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoodsReceiptLines",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    Quantity = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    GoodsReceiptId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoodsReceiptLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoodsReceiptLines_GoodsReceipts_GoodsReceiptId",
                        column: x => x.GoodsReceiptId,
                        principalSchema: "spare_parts",
                        principalTable: "GoodsReceipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SaleLines",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    PartId = table.Column<Guid>(nullable: false),
                    Unit = table.Column<string>(maxLength: 8, nullable: false),
                    Quantity = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 12, scale: 2, nullable: false),
                    Returned = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    SaleId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaleLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaleLines_Sales_SaleId",
                        column: x => x.SaleId,
                        principalSchema: "spare_parts",
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SaleReturns",
                schema: "spare_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    LineId = table.Column<Guid>(nullable: false),
                    Quantity = table.Column<decimal>(precision: 15, scale: 3, nullable: false),
                    Reason = table.Column<string>(maxLength: 500, nullable: false),
                    ByEmployeeId = table.Column<Guid>(nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    SaleId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SaleReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SaleReturns_Sales_SaleId",
                        column: x => x.SaleId,
                        principalSchema: "spare_parts",
                        principalTable: "Sales",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Parts_BrandKey_ArticleKey",
                schema: "spare_parts",
                table: "Parts",
                columns: new[] { "BrandKey", "ArticleKey" });

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

            migrationBuilder.CreateIndex(
                name: "IX_CustomerOrderLines_CustomerOrderId",
                schema: "spare_parts",
                table: "CustomerOrderLines",
                column: "CustomerOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerOrderLines_PartId_Awaiting",
                schema: "spare_parts",
                table: "CustomerOrderLines",
                columns: new[] { "PartId", "Awaiting" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomerOrders_Status_WarehouseId",
                schema: "spare_parts",
                table: "CustomerOrders",
                columns: new[] { "Status", "WarehouseId" });

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceiptLines_GoodsReceiptId",
                schema: "spare_parts",
                table: "GoodsReceiptLines",
                column: "GoodsReceiptId");

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

            migrationBuilder.CreateIndex(
                name: "IX_SaleLines_SaleId",
                schema: "spare_parts",
                table: "SaleLines",
                column: "SaleId");

            migrationBuilder.CreateIndex(
                name: "IX_SaleReturns_SaleId",
                schema: "spare_parts",
                table: "SaleReturns",
                column: "SaleId");

            migrationBuilder.CreateIndex(
                name: "IX_Sales_CustomerOrderId",
                schema: "spare_parts",
                table: "Sales",
                column: "CustomerOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_StockLevels_PartId_WarehouseId",
                schema: "spare_parts",
                table: "StockLevels",
                columns: new[] { "PartId", "WarehouseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_PartId_Key",
                schema: "spare_parts",
                table: "StockMovements",
                columns: new[] { "PartId", "Key" });

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
                name: "CartLines",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "CustomerOrderLines",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "GoodsReceiptLines",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "PartAnalogues",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "PartWords",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "SaleLines",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "SaleReturns",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "StockLevels",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "StockMovements",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "SupplyDeadlineMisses",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Carts",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "CustomerOrders",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "GoodsReceipts",
                schema: "spare_parts");

            migrationBuilder.DropTable(
                name: "Sales",
                schema: "spare_parts");

            migrationBuilder.DropIndex(
                name: "IX_Parts_BrandKey_ArticleKey",
                schema: "spare_parts",
                table: "Parts");
        }
    }
}
