using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// The task types of the "Quality survey" process (seed 004, "Perform a quality survey"), offered to Tasking on every
/// start-up under fixed ids so the shipped template can name them (ADR 0073, 0083). Tasking installs each once; from
/// then on administrators own it.
/// </summary>
public static class SurveyTaskTypes
{
    public static readonly Guid PerformSurvey = Guid.Parse("5e7a8110-0000-0000-0000-000000000001");
    public static readonly Guid CallWithin3Days = Guid.Parse("5e7a8110-0000-0000-0000-000000000002");
    public static readonly Guid PostponedSurvey = Guid.Parse("5e7a8110-0000-0000-0000-000000000003");

    // Result codes (lower case with dashes, like the other modules').
    public const string Filled = "survey-filled";
    public const string Refused = "client-refused";
    public const string Unreachable = "unreachable";
    public const string Postponed = "postponed";

    private static readonly OfferedTaskResult[] Results =
    [
        new(Filled, "Survey filled"),
        new(Refused, "Client refused"),
        new(Unreachable, "Unreachable"),
        new(Postponed, "Postpone", AsksForMoment: true),
    ];

    public static IReadOnlyList<OfferedTaskType> All { get; } =
    [
        new(PerformSurvey, "Perform a quality survey", OfferedTaskType.CallKind, "phone", "#5e35b1", Results),
        new(CallWithin3Days, "Client unreachable: call within 3 days", OfferedTaskType.CallKind, "phone", "#8e24aa", Results),
        new(PostponedSurvey, "Survey postponed: call the client", OfferedTaskType.CallKind, "phone", "#7e57c2", Results),
    ];

    public static TaskTypesOfferedIntegrationEvent Offer() => new(QualityFacts.Module, All);
}
