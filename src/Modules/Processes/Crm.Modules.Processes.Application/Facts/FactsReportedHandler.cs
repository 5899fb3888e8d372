using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Runtime;

namespace Crm.Modules.Processes.Application.Facts;

/// <summary>
/// A module told us about one of its objects: remember the facts, start the processes whose entry rule this
/// report meets, and wake the instances of that object that wait for a condition.
/// </summary>
internal sealed class FactsReportedHandler(IUnitOfWorkLocator unitOfWorks, IEngineStore store, ProcessRunner runner, GraphCache graphs)
    : IntegrationEventHandler<FactsReportedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(FactsReportedIntegrationEvent report, CancellationToken cancellationToken)
    {
        var type = report.Object.Type.ToLowerInvariant();
        var id = report.Object.Id;
        var snapshot = await store.SnapshotAsync(type, id, cancellationToken);
        if (snapshot is null)
        {
            snapshot = ObjectSnapshot.Begin(type, id);
            store.Add(snapshot);
        }

        snapshot.Merge(report.Facts.ToDictionary(f => f.Key, f => ProcessJson.ToFact(f.Value)), runner.NowUtc);

        await StartEnteringProcessesAsync(report, type, id, cancellationToken);
        foreach (var instance in await store.InstancesWaitingForFactsAsync(type, id, cancellationToken))
        {
            await runner.RunAsync(instance, instance.RecheckFacts, cancellationToken);
        }
    }

    private async Task StartEnteringProcessesAsync(FactsReportedIntegrationEvent report, string type, string id, CancellationToken cancellationToken)
    {
        var versions = report.Event switch
        {
            null => [],
            FactsReportedIntegrationEvent.Created => await store.StartingVersionsAsync(type, EntryKinds.OnCreation, null, cancellationToken),
            var named => (await store.StartingVersionsAsync(type, EntryKinds.OnFact, named.ToLowerInvariant(), cancellationToken))
                .Where(v => UrlMatch.Matches(v.Document.Entry, report.Parameters)).ToList(),
        };

        var context = await runner.ContextAsync(type, id, cancellationToken);
        foreach (var version in versions)
        {
            var admitted = graphs.For(version).Admits(new SnapshotFacts(context.Facts, context.NowUtc));
            if (admitted && (version.Document.AllowConcurrentInstances || !await store.IsRunningAsync(version.DefinitionId, type, id, cancellationToken)))
            {
                await runner.StartAsync(version, type, id, cancellationToken);
            }
        }
    }
}

/// <summary>
/// Page-visit entry rules: the rule's URL (a trailing <c>*</c> matches any ending) against the visit's URL —
/// without its query string when the rule says "without parameters", with it otherwise.
/// </summary>
internal static class UrlMatch
{
    public static bool Matches(EntryRule rule, IReadOnlyDictionary<string, string?>? parameters)
    {
        if (string.IsNullOrWhiteSpace(rule.Url))
        {
            return true;
        }

        var url = parameters?.GetValueOrDefault("url") ?? string.Empty;
        var query = parameters?.GetValueOrDefault("query");
        var (path, ownQuery) = url.Split('?', 2) is [var p, var q] ? (p, q) : (url, null);
        query = string.IsNullOrEmpty(query) ? ownQuery : query.TrimStart('?');
        var visited = rule.IgnoreQuery || string.IsNullOrEmpty(query) ? path : $"{path}?{query}";
        var pattern = rule.IgnoreQuery ? rule.Url.Split('?', 2)[0] : rule.Url;
        return pattern.EndsWith('*')
            ? visited.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(visited.TrimEnd('/'), pattern.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
    }
}
