using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>An employee may be dismissed: their token is refused from then on (ADR 0059).</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261206090000_EmployeeDismissal")]
    public partial class EmployeeDismissal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DismissedAtUtc",
                schema: "tasking",
                table: "Employees",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DismissedAtUtc",
                schema: "tasking",
                table: "Employees");
        }
    }
}
