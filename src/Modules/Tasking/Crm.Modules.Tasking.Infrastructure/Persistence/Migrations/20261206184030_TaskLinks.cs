using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TaskLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskLinks",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Module = table.Column<string>(maxLength: 40, nullable: false),
                    Kind = table.Column<string>(maxLength: 40, nullable: false),
                    ObjectId = table.Column<Guid>(nullable: false),
                    Label = table.Column<string>(maxLength: 200, nullable: false),
                    Href = table.Column<string>(maxLength: 400, nullable: false),
                    AttachedAtUtc = table.Column<DateTime>(nullable: false),
                    TaskId = table.Column<Guid>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskLinks_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "tasking",
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskLinks_TaskId",
                schema: "tasking",
                table: "TaskLinks",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskLinks",
                schema: "tasking");
        }
    }
}
