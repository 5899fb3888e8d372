using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddStationDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bays",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Bookings",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    VehicleId = table.Column<Guid>(nullable: false),
                    BayId = table.Column<Guid>(nullable: false),
                    MasterConsultantId = table.Column<Guid>(nullable: false),
                    StartsAtUtc = table.Column<DateTime>(nullable: false),
                    EndsAtUtc = table.Column<DateTime>(nullable: false),
                    ContactId = table.Column<Guid>(nullable: true),
                    EstimateId = table.Column<Guid>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    Reason = table.Column<string>(maxLength: 1000, nullable: true),
                    WorkOrderId = table.Column<Guid>(nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    CreatedBy = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Estimates",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: true),
                    VehicleId = table.Column<Guid>(nullable: true),
                    ContactId = table.Column<Guid>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    BookingId = table.Column<Guid>(nullable: true),
                    Total = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(nullable: false),
                    OpenedBy = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Estimates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vehicles",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Vin = table.Column<string>(maxLength: 17, nullable: false),
                    Plate = table.Column<string>(maxLength: 20, nullable: false),
                    Make = table.Column<string>(maxLength: 100, nullable: false),
                    Model = table.Column<string>(maxLength: 100, nullable: false),
                    Year = table.Column<int>(nullable: false),
                    OwnerClientId = table.Column<Guid>(nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vehicles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrders",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    VehicleId = table.Column<Guid>(nullable: false),
                    MasterConsultantId = table.Column<Guid>(nullable: false),
                    BayId = table.Column<Guid>(nullable: true),
                    BookingId = table.Column<Guid>(nullable: true),
                    ContactId = table.Column<Guid>(nullable: true),
                    MileageKm = table.Column<int>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(nullable: false),
                    OpenedBy = table.Column<Guid>(nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BookingSlots",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    BayId = table.Column<Guid>(nullable: false),
                    StartsAtUtc = table.Column<DateTime>(nullable: false),
                    BookingId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingSlots_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalSchema: "service_station",
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookingWorks",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    BookingId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 300, nullable: false),
                    NormHours = table.Column<decimal>(precision: 8, scale: 2, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingWorks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingWorks_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalSchema: "service_station",
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EstimateParts",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    EstimateId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Text = table.Column<string>(maxLength: 300, nullable: true),
                    PartReference = table.Column<string>(maxLength: 100, nullable: true),
                    Quantity = table.Column<decimal>(precision: 12, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateParts_Estimates_EstimateId",
                        column: x => x.EstimateId,
                        principalSchema: "service_station",
                        principalTable: "Estimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EstimateWorks",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    EstimateId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 300, nullable: false),
                    NormHours = table.Column<decimal>(precision: 8, scale: 2, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateWorks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateWorks_Estimates_EstimateId",
                        column: x => x.EstimateId,
                        principalSchema: "service_station",
                        principalTable: "Estimates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MileageReadings",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Km = table.Column<int>(nullable: false),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    Source = table.Column<string>(maxLength: 16, nullable: false),
                    OdometerReplaced = table.Column<bool>(nullable: false),
                    VehicleId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MileageReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MileageReadings_Vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalSchema: "service_station",
                        principalTable: "Vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    WorkId = table.Column<Guid>(nullable: false),
                    WorkName = table.Column<string>(maxLength: 300, nullable: false),
                    NormHours = table.Column<decimal>(precision: 8, scale: 2, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false),
                    DueOn = table.Column<DateOnly>(nullable: true),
                    MadeAtUtc = table.Column<DateTime>(nullable: false),
                    WorkOrderId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalSchema: "service_station",
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrderParts",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    WorkOrderId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Text = table.Column<string>(maxLength: 300, nullable: true),
                    PartReference = table.Column<string>(maxLength: 100, nullable: true),
                    Quantity = table.Column<decimal>(precision: 12, scale: 3, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrderParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkOrderParts_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalSchema: "service_station",
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrderWorks",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    WorkOrderId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 300, nullable: false),
                    NormHours = table.Column<decimal>(precision: 8, scale: 2, nullable: false),
                    Price = table.Column<decimal>(precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrderWorks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkOrderWorks_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalSchema: "service_station",
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bays_Name",
                schema: "service_station",
                table: "Bays",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_ContactId",
                schema: "service_station",
                table: "Bookings",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_StartsAtUtc_BayId",
                schema: "service_station",
                table: "Bookings",
                columns: new[] { "StartsAtUtc", "BayId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_VehicleId",
                schema: "service_station",
                table: "Bookings",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingSlots_BayId_StartsAtUtc",
                schema: "service_station",
                table: "BookingSlots",
                columns: new[] { "BayId", "StartsAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookingSlots_BookingId",
                schema: "service_station",
                table: "BookingSlots",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingWorks_BookingId",
                schema: "service_station",
                table: "BookingWorks",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateParts_EstimateId",
                schema: "service_station",
                table: "EstimateParts",
                column: "EstimateId");

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_ContactId",
                schema: "service_station",
                table: "Estimates",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Estimates_VehicleId",
                schema: "service_station",
                table: "Estimates",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_EstimateWorks_EstimateId",
                schema: "service_station",
                table: "EstimateWorks",
                column: "EstimateId");

            migrationBuilder.CreateIndex(
                name: "IX_MileageReadings_VehicleId",
                schema: "service_station",
                table: "MileageReadings",
                column: "VehicleId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_WorkOrderId",
                schema: "service_station",
                table: "Recommendations",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_OwnerClientId_Vin",
                schema: "service_station",
                table: "Vehicles",
                columns: new[] { "OwnerClientId", "Vin" });

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Plate",
                schema: "service_station",
                table: "Vehicles",
                column: "Plate");

            migrationBuilder.CreateIndex(
                name: "IX_Vehicles_Vin",
                schema: "service_station",
                table: "Vehicles",
                column: "Vin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderParts_WorkOrderId",
                schema: "service_station",
                table: "WorkOrderParts",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_BookingId",
                schema: "service_station",
                table: "WorkOrders",
                column: "BookingId",
                unique: true,
                filter: "\"BookingId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ContactId",
                schema: "service_station",
                table: "WorkOrders",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_VehicleId_Status",
                schema: "service_station",
                table: "WorkOrders",
                columns: new[] { "VehicleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderWorks_WorkOrderId",
                schema: "service_station",
                table: "WorkOrderWorks",
                column: "WorkOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bays",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "BookingSlots",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "BookingWorks",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "EstimateParts",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "EstimateWorks",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "MileageReadings",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "Recommendations",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "WorkOrderParts",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "WorkOrderWorks",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "Bookings",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "Estimates",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "Vehicles",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "WorkOrders",
                schema: "service_station");
        }
    }
}
