using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>An instance an administrator acts on, loaded as the engine runs it: 404 "Process instance" when unknown.</summary>
internal static class InstanceLoading
{
    public const string What = "Process instance";

    public static Task<ProcessInstance> ForUpdateAsync(this IEngineStore store, Guid id, CancellationToken cancellationToken) =>
        store.InstanceAsync(new ProcessInstanceId(id), cancellationToken).OrNotFound(What, id);
}
