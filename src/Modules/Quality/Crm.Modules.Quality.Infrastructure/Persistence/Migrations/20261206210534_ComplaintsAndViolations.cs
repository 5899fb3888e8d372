using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Quality.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintsAndViolations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "QualityComplaints",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    OriginKind = table.Column<string>(maxLength: 20, nullable: false),
                    OriginId = table.Column<string>(maxLength: 100, nullable: true),
                    ClientId = table.Column<Guid>(nullable: false),
                    SubjectType = table.Column<string>(maxLength: 30, nullable: false),
                    SubjectId = table.Column<Guid>(nullable: false),
                    Gist = table.Column<string>(maxLength: 2000, nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: false),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    RegisteredById = table.Column<Guid>(nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 54, nullable: false),
                    Opinion = table.Column<string>(maxLength: 4000, nullable: true),
                    OpinionAtUtc = table.Column<DateTime>(nullable: true),
                    ReviewerId = table.Column<Guid>(nullable: true),
                    Decision = table.Column<string>(maxLength: 16, nullable: true),
                    DecisionNote = table.Column<string>(maxLength: 2000, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(nullable: true),
                    ViolationId = table.Column<Guid>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityComplaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualityViolations",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    EmployeeId = table.Column<Guid>(nullable: false),
                    Description = table.Column<string>(maxLength: 2000, nullable: false),
                    ComplaintId = table.Column<Guid>(nullable: true),
                    State = table.Column<string>(maxLength: 16, nullable: false),
                    RegisteredById = table.Column<Guid>(nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 54, nullable: false),
                    Explanation = table.Column<string>(maxLength: 4000, nullable: true),
                    ExplainedAtUtc = table.Column<DateTime>(nullable: true),
                    ClosedById = table.Column<Guid>(nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(nullable: true),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualityViolations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QualityComplaints_EmployeeId_SortKey",
                schema: "quality",
                table: "QualityComplaints",
                columns: new[] { "EmployeeId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityComplaints_OriginKind_OriginId",
                schema: "quality",
                table: "QualityComplaints",
                columns: new[] { "OriginKind", "OriginId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityComplaints_SortKey",
                schema: "quality",
                table: "QualityComplaints",
                column: "SortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QualityViolations_ComplaintId",
                schema: "quality",
                table: "QualityViolations",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_QualityViolations_EmployeeId_SortKey",
                schema: "quality",
                table: "QualityViolations",
                columns: new[] { "EmployeeId", "SortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_QualityViolations_SortKey",
                schema: "quality",
                table: "QualityViolations",
                column: "SortKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QualityComplaints",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "QualityViolations",
                schema: "quality");
        }
    }
}
