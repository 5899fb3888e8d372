namespace Crm.Modules.Quality.Application.Processes;

/// <summary>The names the Quality module publishes: its module code, object types and event names processes start or wait on.</summary>
public static class QualityFacts
{
    public const string Module = "quality";
}
