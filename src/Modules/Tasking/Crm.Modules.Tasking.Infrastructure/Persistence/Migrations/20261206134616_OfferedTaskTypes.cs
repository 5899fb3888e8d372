using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>Task types modules offer (ADR 0073): a type's own reaction time, and results that ask for a moment. The seeded rows need no update: the new columns' defaults are theirs.</summary>
    public partial class OfferedTaskTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<TimeSpan>(
                name: "ReactionTime",
                schema: "tasking",
                table: "TaskTypes",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AsksForMoment",
                schema: "tasking",
                table: "TaskTypeResults",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReactionTime",
                schema: "tasking",
                table: "TaskTypes");

            migrationBuilder.DropColumn(
                name: "AsksForMoment",
                schema: "tasking",
                table: "TaskTypeResults");
        }
    }
}
