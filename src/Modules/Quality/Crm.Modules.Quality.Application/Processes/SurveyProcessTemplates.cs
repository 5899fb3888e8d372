using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// The survey process Quality ships, in the documented JSON format (Processes/Templates/*.process.json), built only
/// from engine blocks so an administrator can read, test-run and change it. Processes installs and activates it once
/// under this id; after that administrators own it (ADR 0083).
/// </summary>
public static class SurveyProcessTemplates
{
    /// <summary>The quality-control position (Tasking's demo position) the survey tasks go to.</summary>
    public static readonly Guid QualityControl = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000104");

    /// <summary>"Quality survey": a survey due, to the quality-control position; closes by itself when the survey is filled.</summary>
    public static readonly Guid QualitySurvey = Guid.Parse("5e7a8300-0000-0000-0000-000000000001");

    public static IReadOnlyList<ProcessTemplate> All { get; } = [new ProcessTemplate(QualitySurvey, Read("quality-survey"), Activate: true)];

    public static ProcessTemplatesOfferedIntegrationEvent Offer() => new(QualityFacts.Module, All);

    private static string Read(string name)
    {
        using var stream = typeof(SurveyProcessTemplates).Assembly.GetManifestResourceStream($"Templates.{name}.process.json")
            ?? throw new InvalidOperationException($"The process template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
