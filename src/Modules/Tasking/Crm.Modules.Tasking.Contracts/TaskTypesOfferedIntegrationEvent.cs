using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Tasking.Contracts;

/// <summary>
/// A module ships the task types its processes use (published on every start-up, ADR 0073). Tasking installs each
/// type once, under the id the module chose — so the module's process templates can name it — and never changes it
/// afterwards: administrators own it from then on. A name already taken by another type gets the module's code
/// added in brackets. Add fields; never rename or remove one.
/// </summary>
public sealed record TaskTypesOfferedIntegrationEvent(string Module, IReadOnlyList<OfferedTaskType> Types) : IntegrationEvent;

/// <summary>
/// One type: <paramref name="Kind"/> is one of the constants below (calls and questions get checklists);
/// <paramref name="ReactionTime"/> how soon its tasks should be taken when the process gives none (null: no limit);
/// <paramref name="AlertOnOpen"/> alerts the addressees the moment a task of the type opens (ADR 0064).
/// No results: "Done" and "Failed".
/// </summary>
public sealed record OfferedTaskType(
    Guid Id,
    string Name,
    string Kind,
    string Icon,
    string Colour,
    IReadOnlyList<OfferedTaskResult> Results,
    TimeSpan? ReactionTime = null,
    bool AlertOnOpen = false)
{
    public const string TaskKind = "task";
    public const string CallKind = "call";
    public const string QuestionKind = "question";
    public const string ConfirmActionKind = "confirm-action";
}

/// <summary>
/// A result a task of the type closes with: <paramref name="Code"/> is the exit a process continues by;
/// <paramref name="RequiresReason"/> asks for a reason from the refusal-reasons directory;
/// <paramref name="AsksForMoment"/> asks for a moment (e.g. when to call again).
/// </summary>
public sealed record OfferedTaskResult(string Code, string Label, bool RequiresReason = false, bool AsksForMoment = false);
