using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Crm.Modules.Sales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "sales");

            migrationBuilder.CreateTable(
                name: "ClientMessages",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: true),
                    Channel = table.Column<string>(maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(maxLength: 254, nullable: false),
                    Subject = table.Column<string>(maxLength: 300, nullable: true),
                    Body = table.Column<string>(maxLength: 8000, nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    CreatedBy = table.Column<Guid>(nullable: true),
                    NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true),
                    SentAtUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 2000, nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Clients",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<long>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Email = table.Column<string>(maxLength: 254, nullable: true),
                    Phone = table.Column<string>(maxLength: 32, nullable: true),
                    Telegram = table.Column<string>(maxLength: 64, nullable: true),
                    TimeZoneId = table.Column<string>(maxLength: 64, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(nullable: false),
                    LastVisitAtUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Orders",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Number = table.Column<long>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    CancellationReason = table.Column<string>(maxLength: 1000, nullable: true),
                    ManagerId = table.Column<Guid>(nullable: true),
                    Total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    PaidAmount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    PaidAtUtc = table.Column<DateTime>(nullable: true),
                    AccessEndsAtUtc = table.Column<DateTime>(nullable: true),
                    RenewalOfPurchaseId = table.Column<Guid>(nullable: true),
                    PurchasesIssued = table.Column<bool>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Purchases",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: false),
                    Offer = table.Column<string>(maxLength: 300, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    Quantity = table.Column<int>(nullable: false),
                    StartsAtUtc = table.Column<DateTime>(nullable: false),
                    EndsAtUtc = table.Column<DateTime>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    ResponsibleEmployeeId = table.Column<Guid>(nullable: true),
                    RenewalStatus = table.Column<string>(maxLength: 16, nullable: false),
                    RenewalComment = table.Column<string>(maxLength: 4000, nullable: true),
                    RenewalOrderId = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Purchases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SalesInbox",
                schema: "sales",
                columns: table => new
                {
                    EventId = table.Column<Guid>(nullable: false),
                    Handler = table.Column<string>(maxLength: 300, nullable: false),
                    HandledAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesInbox", x => new { x.EventId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "SalesOutbox",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Type = table.Column<string>(maxLength: 500, nullable: false),
                    Payload = table.Column<string>(nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(nullable: false),
                    Attempts = table.Column<int>(nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(nullable: true),
                    FailedAtUtc = table.Column<DateTime>(nullable: true),
                    LastError = table.Column<string>(maxLength: 4000, nullable: true),
                    LockedUntilUtc = table.Column<DateTime>(nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesOutbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SalesSequences",
                schema: "sales",
                columns: table => new
                {
                    Name = table.Column<string>(maxLength: 64, nullable: false),
                    Value = table.Column<long>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SalesSequences", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "ClientComments",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Text = table.Column<string>(maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientComments_Clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "sales",
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientCommunications",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 32, nullable: false),
                    Text = table.Column<string>(maxLength: 4000, nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: true),
                    Source = table.Column<string>(maxLength: 200, nullable: true),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientCommunications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientCommunications_Clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "sales",
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClientTags",
                schema: "sales",
                columns: table => new
                {
                    Name = table.Column<string>(maxLength: 64, nullable: false),
                    ClientId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientTags", x => new { x.ClientId, x.Name });
                    table.ForeignKey(
                        name: "FK_ClientTags_Clients_ClientId",
                        column: x => x.ClientId,
                        principalSchema: "sales",
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderHistory",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 32, nullable: false),
                    Text = table.Column<string>(maxLength: 4000, nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: true),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderHistory_Orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "sales",
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderPayments",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Amount = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    Method = table.Column<string>(maxLength: 16, nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    RecordedBy = table.Column<Guid>(nullable: true),
                    ProviderPaymentId = table.Column<string>(maxLength: 100, nullable: true),
                    PaymentLinkId = table.Column<Guid>(nullable: true),
                    OrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderPayments_Orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "sales",
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderPositions",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Offer = table.Column<string>(maxLength: 300, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    Quantity = table.Column<int>(nullable: false),
                    OrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrderPositions_Orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "sales",
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrderTags",
                schema: "sales",
                columns: table => new
                {
                    Name = table.Column<string>(maxLength: 64, nullable: false),
                    OrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrderTags", x => new { x.OrderId, x.Name });
                    table.ForeignKey(
                        name: "FK_OrderTags_Orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "sales",
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "sales",
                table: "SalesSequences",
                columns: new[] { "Name", "Value" },
                values: new object[,]
                {
                    { "client-number", 0L },
                    { "order-number", 1000L }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientComments_ClientId",
                schema: "sales",
                table: "ClientComments",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientCommunications_ClientId",
                schema: "sales",
                table: "ClientCommunications",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_ClientMessages_ClientId_CreatedAtUtc",
                schema: "sales",
                table: "ClientMessages",
                columns: new[] { "ClientId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ClientMessages_Status_NextAttemptAtUtc",
                schema: "sales",
                table: "ClientMessages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Clients_Email",
                schema: "sales",
                table: "Clients",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clients_Name",
                schema: "sales",
                table: "Clients",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Clients_Number",
                schema: "sales",
                table: "Clients",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClientTags_Name",
                schema: "sales",
                table: "ClientTags",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_OrderHistory_OrderId",
                schema: "sales",
                table: "OrderHistory",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderPayments_OrderId",
                schema: "sales",
                table: "OrderPayments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_OrderPayments_PaymentLinkId",
                schema: "sales",
                table: "OrderPayments",
                column: "PaymentLinkId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderPayments_ProviderPaymentId",
                schema: "sales",
                table: "OrderPayments",
                column: "ProviderPaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrderPositions_OrderId",
                schema: "sales",
                table: "OrderPositions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ClientId_Number",
                schema: "sales",
                table: "Orders",
                columns: new[] { "ClientId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_ManagerId_Number",
                schema: "sales",
                table: "Orders",
                columns: new[] { "ManagerId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Number",
                schema: "sales",
                table: "Orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_Number",
                schema: "sales",
                table: "Orders",
                columns: new[] { "Status", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderTags_Name",
                schema: "sales",
                table: "OrderTags",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Purchases_ClientId",
                schema: "sales",
                table: "Purchases",
                column: "ClientId");

            migrationBuilder.CreateIndex(
                name: "IX_Purchases_OrderId",
                schema: "sales",
                table: "Purchases",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SalesOutbox_ProcessedAtUtc_NextAttemptAtUtc",
                schema: "sales",
                table: "SalesOutbox",
                columns: new[] { "ProcessedAtUtc", "NextAttemptAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientComments",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "ClientCommunications",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "ClientMessages",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "ClientTags",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "OrderHistory",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "OrderPayments",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "OrderPositions",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "OrderTags",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "Purchases",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "SalesInbox",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "SalesOutbox",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "SalesSequences",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "Clients",
                schema: "sales");

            migrationBuilder.DropTable(
                name: "Orders",
                schema: "sales");
        }
    }
}
