using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Runtime;

namespace Crm.Modules.Processes.Application.Definitions;

/// <summary>Releasing a checked draft: the new version, and the periodic entry check if the process has one.</summary>
public sealed class DefinitionReleases(IRepository<ProcessVersion> versions, IEngineStore store, TimeProvider clock)
{
    public async Task<int> ActivateAsync(ProcessDefinition definition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (definition.Activate(now) is { } released)
        {
            versions.Add(released);
        }

        await store.RemovePeriodicChecksAsync(definition.Id, cancellationToken);
        if (definition.Draft.Entry is { Kind: EntryKinds.Periodic, EveryMinutes: { } minutes })
        {
            store.Add(ProcessTimer.PeriodicCheck(definition.Id, now + TimeSpan.FromMinutes(minutes)));
        }

        return definition.ActiveVersion!.Value;
    }
}
