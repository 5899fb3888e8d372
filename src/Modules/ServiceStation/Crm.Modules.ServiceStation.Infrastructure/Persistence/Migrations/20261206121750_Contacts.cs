using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Contacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Copies kept before this column came from Sales' facts: reported. The default only fills them; the
            // model has none, so it goes again (a table rebuild on SQLite).
            migrationBuilder.AddColumn<bool>(
                name: "Reported",
                schema: "service_station",
                table: "StationClients",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AlterColumn<bool>(
                name: "Reported",
                schema: "service_station",
                table: "StationClients",
                nullable: false,
                oldClrType: typeof(bool),
                oldDefaultValue: true);

            migrationBuilder.CreateTable(
                name: "StationContacts",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Kind = table.Column<string>(maxLength: 32, nullable: false),
                    Category = table.Column<string>(maxLength: 32, nullable: false),
                    MomentUtc = table.Column<DateTime>(nullable: false),
                    Phone = table.Column<string>(maxLength: 40, nullable: true),
                    PhoneE164 = table.Column<string>(maxLength: 40, nullable: true),
                    Address = table.Column<string>(maxLength: 320, nullable: true),
                    ClientId = table.Column<Guid>(nullable: true),
                    AwaitingClientId = table.Column<Guid>(nullable: true),
                    ClientsWords = table.Column<string>(maxLength: 4000, nullable: true),
                    WorksNeeded = table.Column<string>(maxLength: 4000, nullable: true),
                    WebFormName = table.Column<string>(maxLength: 200, nullable: true),
                    WebFormCar = table.Column<string>(maxLength: 200, nullable: true),
                    ContinuesId = table.Column<Guid>(nullable: true),
                    Result = table.Column<string>(maxLength: 48, nullable: true),
                    ResultReason = table.Column<string>(maxLength: 500, nullable: true),
                    ResultAtUtc = table.Column<DateTime>(nullable: true),
                    ResultById = table.Column<Guid>(nullable: true),
                    RegisteredById = table.Column<Guid>(nullable: true),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationContacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StationTelephonyDeliveries",
                schema: "service_station",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationTelephonyDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StationContactCalls",
                schema: "service_station",
                columns: table => new
                {
                    CallId = table.Column<string>(maxLength: 100, nullable: false),
                    CalledLine = table.Column<string>(maxLength: 40, nullable: true),
                    AtUtc = table.Column<DateTime>(nullable: false),
                    Missed = table.Column<bool>(nullable: false),
                    ContactId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StationContactCalls", x => x.CallId);
                    table.ForeignKey(
                        name: "FK_StationContactCalls_StationContacts_ContactId",
                        column: x => x.ContactId,
                        principalSchema: "service_station",
                        principalTable: "StationContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StationContactCalls_ContactId",
                schema: "service_station",
                table: "StationContactCalls",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_StationContacts_AwaitingClientId",
                schema: "service_station",
                table: "StationContacts",
                column: "AwaitingClientId");

            migrationBuilder.CreateIndex(
                name: "IX_StationContacts_ClientId_Result",
                schema: "service_station",
                table: "StationContacts",
                columns: new[] { "ClientId", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_StationContacts_PhoneE164_Result",
                schema: "service_station",
                table: "StationContacts",
                columns: new[] { "PhoneE164", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_StationContacts_SortKey",
                schema: "service_station",
                table: "StationContacts",
                column: "SortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StationTelephonyDeliveries_ReceivedAtUtc",
                schema: "service_station",
                table: "StationTelephonyDeliveries",
                column: "ReceivedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StationContactCalls",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "StationTelephonyDeliveries",
                schema: "service_station");

            migrationBuilder.DropTable(
                name: "StationContacts",
                schema: "service_station");

            migrationBuilder.DropColumn(
                name: "Reported",
                schema: "service_station",
                table: "StationClients");
        }
    }
}
