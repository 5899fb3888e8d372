using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// The complaint and violation processes Quality ships (seed 004), in the documented JSON format
/// (Processes/Templates/*.process.json), built only from engine blocks; each task goes to the employee concerned (the
/// template's <c>executorFact</c> <c>employee.id</c>). Processes installs and activates each once under these ids.
/// </summary>
public static class ComplaintProcessTemplates
{
    /// <summary>"Process the client's complaint": closes by itself when the complaint is decided (after the employee's opinion).</summary>
    public static readonly Guid ProcessTheComplaint = Guid.Parse("5e7a8300-0000-0000-0000-000000000011");

    /// <summary>"Give an explanation": closes by itself when the employee concerned has written it; may be postponed.</summary>
    public static readonly Guid GiveAnExplanation = Guid.Parse("5e7a8300-0000-0000-0000-000000000012");

    public static IReadOnlyList<ProcessTemplate> All { get; } =
    [
        new ProcessTemplate(ProcessTheComplaint, Read("process-the-complaint"), Activate: true),
        new ProcessTemplate(GiveAnExplanation, Read("give-an-explanation"), Activate: true),
    ];

    public static ProcessTemplatesOfferedIntegrationEvent Offer() => new(QualityFacts.Module, All);

    private static string Read(string name)
    {
        using var stream = typeof(ComplaintProcessTemplates).Assembly.GetManifestResourceStream($"Templates.{name}.process.json")
            ?? throw new InvalidOperationException($"The process template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
