using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// The task types of the complaint and violation processes (seed 004, "Other task types"), offered to Tasking on
/// every start-up under fixed ids (NN 11–19 of Quality's range) so the shipped templates can name them (ADR 0073,
/// 0084). Tasking installs each once; from then on administrators own it.
/// </summary>
public static class ComplaintTaskTypes
{
    public static readonly Guid ProcessTheComplaint = Guid.Parse("5e7a8110-0000-0000-0000-000000000011");
    public static readonly Guid GiveAnExplanation = Guid.Parse("5e7a8110-0000-0000-0000-000000000012");
    public static readonly Guid PostponedGiveAnExplanation = Guid.Parse("5e7a8110-0000-0000-0000-000000000013");

    // Result codes (lower case with dashes, like the station's).
    public const string Reviewed = "reviewed";
    public const string Rejected = "rejected";
    public const string Explained = "explained";
    public const string Postponed = "postponed";

    private static readonly OfferedTaskResult[] ExplanationResults = [new(Explained, "Explanation written"), new(Postponed, "Postpone", AsksForMoment: true)];

    public static IReadOnlyList<OfferedTaskType> All { get; } =
    [
        new(ProcessTheComplaint, "Process the client's complaint", OfferedTaskType.TaskKind, "feedback", "#e53935",
            [new(Reviewed, "Complaint reviewed"), new(Rejected, "Complaint rejected")]),
        new(GiveAnExplanation, "Give an explanation", OfferedTaskType.TaskKind, "gavel", "#8e24aa", ExplanationResults),
        new(PostponedGiveAnExplanation, "Task postponed, give an explanation", OfferedTaskType.TaskKind, "gavel", "#8d6e63", ExplanationResults),
    ];

    public static TaskTypesOfferedIntegrationEvent Offer() => new(QualityFacts.Module, All);
}
