using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.StartMatchingObjects;

/// <summary>
/// One page of a periodic entry check: starts the definition on matching objects of the page that run no instance
/// of it. Returns the last object id of the page, or null when the scan is complete.
/// </summary>
public sealed record StartMatchingObjectsCommand(Guid DefinitionId, string? AfterObjectId, int PageSize) : ICommand<string?>;

internal sealed class StartMatchingObjectsHandler(IEngineStore store, ProcessRunner runner, GraphCache graphs)
    : IRequestHandler<StartMatchingObjectsCommand, string?>
{
    public async Task<string?> Handle(StartMatchingObjectsCommand command, CancellationToken cancellationToken)
    {
        var definition = new ProcessDefinitionId(command.DefinitionId);
        if (await store.CurrentVersionAsync(definition, cancellationToken) is not { } version)
        {
            return null;
        }

        var page = await store.SnapshotsAsync(version.ObjectType, command.AfterObjectId, command.PageSize, cancellationToken);
        var graph = graphs.For(version);
        foreach (var snapshot in page)
        {
            if (graph.Admits(new SnapshotFacts(snapshot.Facts, runner.NowUtc)) &&
                (version.Document.AllowConcurrentInstances || !await store.IsRunningAsync(definition, snapshot.ObjectType, snapshot.ObjectId, cancellationToken)))
            {
                await runner.StartAsync(version, snapshot.ObjectType, snapshot.ObjectId, cancellationToken);
            }
        }

        return page.Count < command.PageSize ? null : page[^1].ObjectId;
    }
}
