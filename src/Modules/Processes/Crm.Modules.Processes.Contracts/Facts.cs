using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Processes.Contracts;

/// <summary>
/// What a module tells about one of its objects: the facts that hold now (a partial snapshot — keys not sent
/// keep their last value) and, optionally, the named thing that just happened. Processes keeps its own snapshot
/// per object from these and never reads another module's tables.
/// <para>
/// Values are strings, numbers (decimal), booleans, UTC DateTimes or null. Names are lower-case with dashes or
/// dots, e.g. <c>status</c>, <c>client.phone</c>, <c>paid-amount</c>. Well-known <see cref="Event"/> names:
/// <c>created</c> (starts "on creation" processes) and anything a module documents (<c>paid</c>,
/// <c>page-visited</c>, …). <see cref="Parameters"/> carry details of the event that are not lasting facts
/// (e.g. the URL and query string of a page visit).
/// </para>
/// </summary>
public sealed record FactsReportedIntegrationEvent(
    ObjectReference Object,
    string? Event,
    IReadOnlyDictionary<string, object?> Facts,
    IReadOnlyDictionary<string, string?>? Parameters = null) : IntegrationEvent
{
    public const string Created = "created";
}
