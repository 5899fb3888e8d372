using System.Collections.Concurrent;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Engine;

/// <summary>Compiled graphs by version. Versions never change, so an entry never goes stale.</summary>
public sealed class GraphCache
{
    private readonly ConcurrentDictionary<Guid, ProcessGraph> _graphs = new();

    public ProcessGraph For(ProcessVersion version) => _graphs.GetOrAdd(version.Id.Value, _ => new ProcessGraph(version.Id.Value, version.Document));

    public async Task<ProcessGraph> ForAsync(ProcessVersionId id, IEngineStore store, CancellationToken cancellationToken) =>
        _graphs.TryGetValue(id.Value, out var graph)
            ? graph
            : For(await store.VersionAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Process version {id.Value} is missing."));
}
