using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>Saved filters per employee, and the indexes the 1,000,000-task benchmark called for (docs/performance.md).</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261203110000_StatisticsAndSavedFilters")]
    public partial class StatisticsAndSavedFilters : Migration
    {
        // Written out, not taken from the model's configuration: a migration is history and must not change with it.
        private const string InboxFilter = "\"Status\" IN ('New', 'InProgress') AND \"AddresseeKind\" = 'ProcessExecutors' AND NOT \"HiddenFromInbox\"";

        private const string FreeFilter = "\"AssigneeId\" IS NULL AND \"Status\" = 'New'";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskSavedFilters",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    OwnerId = table.Column<Guid>(nullable: false),
                    Name = table.Column<string>(maxLength: 100, nullable: false),
                    Criteria = table.Column<string>(maxLength: 4000, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskSavedFilters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskSavedFilters_OwnerId_Name",
                schema: "tasking",
                table: "TaskSavedFilters",
                columns: new[] { "OwnerId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Inbox",
                schema: "tasking",
                table: "Tasks",
                column: "Number",
                filter: InboxFilter);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_InboxByPriority",
                schema: "tasking",
                table: "Tasks",
                columns: new[] { "Priority", "Number" },
                filter: InboxFilter);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_CreatedAtUtc",
                schema: "tasking",
                table: "Tasks",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProcessDefinitionId",
                schema: "tasking",
                table: "Tasks",
                column: "ProcessDefinitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_FreeByAddressee",
                schema: "tasking",
                table: "Tasks",
                column: "AddresseeId",
                filter: FreeFilter);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_FreeByCreator",
                schema: "tasking",
                table: "Tasks",
                column: "CreatedBy",
                filter: FreeFilter);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_Tasks_Inbox", schema: "tasking", table: "Tasks");
            migrationBuilder.DropIndex(name: "IX_Tasks_InboxByPriority", schema: "tasking", table: "Tasks");
            migrationBuilder.DropIndex(name: "IX_Tasks_CreatedAtUtc", schema: "tasking", table: "Tasks");
            migrationBuilder.DropIndex(name: "IX_Tasks_ProcessDefinitionId", schema: "tasking", table: "Tasks");
            migrationBuilder.DropIndex(name: "IX_Tasks_FreeByAddressee", schema: "tasking", table: "Tasks");
            migrationBuilder.DropIndex(name: "IX_Tasks_FreeByCreator", schema: "tasking", table: "Tasks");

            migrationBuilder.DropTable(
                name: "TaskSavedFilters",
                schema: "tasking");
        }
    }
}
