using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Quality.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SurveysComplaintsAndViolations : Migration
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

            migrationBuilder.CreateTable(
                name: "SurveyRules",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TemplateId = table.Column<Guid>(nullable: false),
                    Trigger = table.Column<string>(maxLength: 32, nullable: false),
                    DelayDays = table.Column<int>(nullable: false),
                    OneIn = table.Column<int>(nullable: false),
                    MinDaysBetween = table.Column<int>(nullable: false),
                    IsActive = table.Column<bool>(nullable: false),
                    Seen = table.Column<long>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    ClientId = table.Column<Guid>(nullable: false),
                    SubjectType = table.Column<string>(maxLength: 32, nullable: false),
                    SubjectId = table.Column<Guid>(nullable: false),
                    RuleId = table.Column<Guid>(nullable: false),
                    TemplateId = table.Column<Guid>(nullable: false),
                    TemplateVersion = table.Column<int>(nullable: true),
                    Status = table.Column<string>(maxLength: 16, nullable: false),
                    ScheduledAtUtc = table.Column<DateTime>(nullable: false),
                    DueAtUtc = table.Column<DateTime>(nullable: false),
                    FilledBy = table.Column<Guid>(nullable: true),
                    FilledAtUtc = table.Column<DateTime>(nullable: true),
                    Dissatisfied = table.Column<bool>(nullable: false),
                    Score = table.Column<decimal>(precision: 4, scale: 1, nullable: true),
                    Recommend = table.Column<int>(nullable: true),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    Answers = table.Column<string>(nullable: false),
                    Reasons = table.Column<string>(nullable: false),
                    ServedBy = table.Column<string>(nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTemplates",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    CurrentVersion = table.Column<int>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false),
                    SortKey = table.Column<string>(maxLength: 64, nullable: false),
                    Version = table.Column<int>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyTemplateVersions",
                schema: "quality",
                columns: table => new
                {
                    Id = table.Column<Guid>(nullable: false),
                    TemplateId = table.Column<Guid>(nullable: false),
                    Number = table.Column<int>(nullable: false),
                    Name = table.Column<string>(maxLength: 200, nullable: false),
                    Questions = table.Column<string>(nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyTemplateVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyTemplateVersions_SurveyTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalSchema: "quality",
                        principalTable: "SurveyTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                unique: true,
                filter: "\"OriginId\" IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_SurveyRules_SortKey",
                schema: "quality",
                table: "SurveyRules",
                column: "SortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_ClientId_DueAtUtc",
                schema: "quality",
                table: "Surveys",
                columns: new[] { "ClientId", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_SortKey",
                schema: "quality",
                table: "Surveys",
                column: "SortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_Status_DueAtUtc",
                schema: "quality",
                table: "Surveys",
                columns: new[] { "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_SubjectId",
                schema: "quality",
                table: "Surveys",
                column: "SubjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTemplates_SortKey",
                schema: "quality",
                table: "SurveyTemplates",
                column: "SortKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyTemplateVersions_TemplateId_Number",
                schema: "quality",
                table: "SurveyTemplateVersions",
                columns: new[] { "TemplateId", "Number" },
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

            migrationBuilder.DropTable(
                name: "SurveyRules",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "Surveys",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "SurveyTemplateVersions",
                schema: "quality");

            migrationBuilder.DropTable(
                name: "SurveyTemplates",
                schema: "quality");
        }
    }
}
