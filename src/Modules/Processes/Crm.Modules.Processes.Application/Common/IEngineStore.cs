using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;

namespace Crm.Modules.Processes.Application.Common;

/// <summary>
/// What the engine reads and writes, in the module's own database. Everything added or changed here is saved by
/// the unit of work of the trigger being handled: one trigger, one transaction.
/// </summary>
public interface IEngineStore
{
    Task<ProcessInstance?> InstanceAsync(ProcessInstanceId id, CancellationToken cancellationToken);

    Task<ProcessInstance?> InstanceByRequestAsync(Guid requestId, CancellationToken cancellationToken);

    Task<List<ProcessInstance>> InstancesWaitingForFactsAsync(string objectType, string objectId, CancellationToken cancellationToken);

    /// <summary>Whether a real instance of the definition runs on the object: a test run never blocks a real start.</summary>
    Task<bool> IsRunningAsync(ProcessDefinitionId definition, string objectType, string objectId, CancellationToken cancellationToken);

    void Add(ProcessInstance instance);

    void Add(ProcessTimer timer);

    void Add(ProcessRequest request);

    void Add(ObjectSnapshot snapshot);

    Task<ProcessTimer?> TimerAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// Reads, in a few queries, what firing these timers touches: the timers, their instances, every timer of those
    /// instances and the instances' object facts. Later reads of them in this unit of work then ask nothing.
    /// </summary>
    Task LoadForFiringAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken);

    Task RemoveTimerAsync(Guid id, CancellationToken cancellationToken);

    Task RemoveTimersAsync(ProcessInstanceId instance, CancellationToken cancellationToken);

    Task RemovePeriodicChecksAsync(ProcessDefinitionId definition, CancellationToken cancellationToken);

    Task<ObjectSnapshot?> SnapshotAsync(string objectType, string objectId, CancellationToken cancellationToken);

    /// <summary>Objects of a type in id order, a page at a time (periodic checks never load them all).</summary>
    Task<List<ObjectSnapshot>> SnapshotsAsync(string objectType, string? afterObjectId, int take, CancellationToken cancellationToken);

    Task<ProcessVersion?> VersionAsync(ProcessVersionId id, CancellationToken cancellationToken);

    /// <summary>The version new instances of a definition start with: the active one, else the latest release.</summary>
    Task<ProcessVersion?> CurrentVersionAsync(ProcessDefinitionId definition, CancellationToken cancellationToken);

    /// <summary>
    /// Active versions of active definitions on objects of a type that start by <paramref name="entryKind"/> (any
    /// entry rule when null).
    /// </summary>
    Task<List<ProcessVersion>> StartingVersionsAsync(string objectType, string? entryKind, string? fact, CancellationToken cancellationToken);

    Task<bool> IsActiveAsync(ProcessDefinitionId definition, CancellationToken cancellationToken);

    Task<List<OfferedActionEntry>> OfferedActionsAsync(CancellationToken cancellationToken);

    /// <summary>Replaces what a module offers with its latest announcement.</summary>
    Task ReplaceOfferedActionsAsync(string module, IReadOnlyList<OfferedActionEntry> actions, CancellationToken cancellationToken);

    Task<List<TraceEntry>> TraceAsync(ProcessInstanceId instance, CancellationToken cancellationToken);
}
