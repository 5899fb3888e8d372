using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>Employees' absences and the deputies who stand in for them.</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261203140000_AbsenceAndDeputies")]
    public partial class AbsenceAndDeputies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmployeeAbsences",
                schema: "tasking",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: false),
                    FromUtc = table.Column<DateTime>(nullable: false),
                    UntilUtc = table.Column<DateTime>(nullable: false),
                    DeputyId = table.Column<Guid>(nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeAbsences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeAbsences_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalSchema: "tasking",
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeAbsences_EmployeeId",
                schema: "tasking",
                table: "EmployeeAbsences",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeAbsences_DeputyId_UntilUtc",
                schema: "tasking",
                table: "EmployeeAbsences",
                columns: new[] { "DeputyId", "UntilUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "EmployeeAbsences", schema: "tasking");
        }
    }
}
