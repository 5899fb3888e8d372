using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Staff;
using Crm.Modules.Quality.Domain.Violations;
using Crm.Modules.Quality.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

/// <summary>The Quality module's own database: schema "quality" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class QualityDbContext(DbContextOptions<QualityDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "quality";

    public override string Schema => SchemaName;

    public DbSet<QualityEmployee> Staff => Set<QualityEmployee>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Violation> Violations => Set<Violation>();
    public DbSet<SurveyTemplate> SurveyTemplates => Set<SurveyTemplate>();

    public DbSet<SurveyRule> SurveyRules => Set<SurveyRule>();

    public DbSet<Survey> Surveys => Set<Survey>();
}
