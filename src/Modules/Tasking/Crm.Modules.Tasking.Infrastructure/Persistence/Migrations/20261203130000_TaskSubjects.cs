using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>The subject directory: the clients and orders (and other objects) tasks may be about, as their modules describe them.</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261203130000_TaskSubjects")]
    public partial class TaskSubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskSubjects",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    Type = table.Column<string>(maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(maxLength: 128, nullable: false),
                    DisplayName = table.Column<string>(maxLength: 300, nullable: false),
                    OwnerType = table.Column<string>(maxLength: 64, nullable: true),
                    OwnerId = table.Column<string>(maxLength: 128, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(nullable: false),
                    Version = table.Column<int>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSubjects", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSubjects_Type_ObjectId",
                schema: "tasking",
                table: "TaskSubjects",
                columns: new[] { "Type", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskSubjects_OwnerType_OwnerId",
                schema: "tasking",
                table: "TaskSubjects",
                columns: new[] { "OwnerType", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "TaskSubjects", schema: "tasking");
        }
    }
}
