using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Sales.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MessageReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AboutId",
                schema: "sales",
                table: "ClientMessages",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AboutType",
                schema: "sales",
                table: "ClientMessages",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AskedByModule",
                schema: "sales",
                table: "ClientMessages",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                schema: "sales",
                table: "ClientMessages",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MessageReplies",
                schema: "sales",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    MessageId = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    Text = table.Column<string>(maxLength: 8000, nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(nullable: false),
                    RecordedBy = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageReplies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientMessages_RequestId",
                schema: "sales",
                table: "ClientMessages",
                column: "RequestId",
                unique: true,
                filter: "\"RequestId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MessageReplies_MessageId",
                schema: "sales",
                table: "MessageReplies",
                column: "MessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MessageReplies",
                schema: "sales");

            migrationBuilder.DropIndex(
                name: "IX_ClientMessages_RequestId",
                schema: "sales",
                table: "ClientMessages");

            migrationBuilder.DropColumn(
                name: "AboutId",
                schema: "sales",
                table: "ClientMessages");

            migrationBuilder.DropColumn(
                name: "AboutType",
                schema: "sales",
                table: "ClientMessages");

            migrationBuilder.DropColumn(
                name: "AskedByModule",
                schema: "sales",
                table: "ClientMessages");

            migrationBuilder.DropColumn(
                name: "RequestId",
                schema: "sales",
                table: "ClientMessages");
        }
    }
}
