using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RedirectReasonsChecklists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RedirectedFromId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RedirectedToId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResultReasonId",
                schema: "tasking",
                table: "Tasks",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RefusalReasons",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    DemandsComment = table.Column<bool>(nullable: false),
                    IsArchived = table.Column<bool>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefusalReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TaskChecklistItems",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Position = table.Column<int>(nullable: false),
                    Text = table.Column<string>(maxLength: 500, nullable: false),
                    AddedBy = table.Column<Guid>(nullable: false),
                    AddedAtUtc = table.Column<DateTime>(nullable: false),
                    TickedBy = table.Column<Guid>(nullable: true),
                    TickedAtUtc = table.Column<DateTime>(nullable: true),
                    TaskId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskChecklistItems_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "tasking",
                table: "RefusalReasons",
                columns: new[] { "Id", "DemandsComment", "IsArchived", "Name", "Version" },
                values: new object[,]
                {
                    { new Guid("0b5e7c1a-0000-4000-8000-0000000000f1"), true, false, "Other", 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-0000000000f2"), false, false, "Too expensive", 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-0000000000f3"), false, false, "Bought elsewhere", 0 },
                    { new Guid("0b5e7c1a-0000-4000-8000-0000000000f4"), false, false, "No longer needed", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskChecklistItems_TaskId",
                schema: "tasking",
                table: "TaskChecklistItems",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefusalReasons",
                schema: "tasking");

            migrationBuilder.DropTable(
                name: "TaskChecklistItems",
                schema: "tasking");

            migrationBuilder.DropColumn(
                name: "RedirectedFromId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "RedirectedToId",
                schema: "tasking",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ResultReasonId",
                schema: "tasking",
                table: "Tasks");
        }
    }
}
