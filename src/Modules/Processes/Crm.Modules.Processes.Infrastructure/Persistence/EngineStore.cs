using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

/// <summary>The engine's reads and writes on the module's DbContext (tracked: the unit of work saves them).</summary>
internal sealed class EngineStore(ProcessesDbContext db, IStartingPoints startingPoints, ReleasedVersions released) : IEngineStore
{
    // What LoadForFiringAsync read completely: these need no query again in this unit of work.
    private readonly HashSet<ProcessInstanceId> _allTimersLoaded = [];
    private readonly HashSet<(string ObjectType, string ObjectId)> _snapshotsLoaded = [];
    private ProcessInstance? _loadedWith; // detached once the unit of work discards its changes: then nothing counts

    public async Task<ProcessInstance?> InstanceAsync(ProcessInstanceId id, CancellationToken cancellationToken) =>
        Tracked(db.Instances).FirstOrDefault(i => i.Id == id) ?? await db.Instances.AsTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>One query: the request's row by its key, joined to its instance by the instance's key.</summary>
    public Task<ProcessInstance?> InstanceByRequestAsync(Guid requestId, CancellationToken cancellationToken) =>
        (from request in db.Requests
         where request.RequestId == requestId
         join instance in db.Instances on request.InstanceId equals instance.Id
         select instance).AsTracking().FirstOrDefaultAsync(cancellationToken)!;

    public Task<List<ProcessInstance>> InstancesWaitingForFactsAsync(string objectType, string objectId, CancellationToken cancellationToken) =>
        db.Instances.AsTracking()
            .Where(i => i.ObjectType == objectType && i.ObjectId == objectId && i.State == InstanceState.Running && i.WaitsForFacts)
            .ToListAsync(cancellationToken);

    public async Task<bool> IsRunningAsync(ProcessDefinitionId definition, string objectType, string objectId, CancellationToken cancellationToken) =>
        Tracked(db.Instances).Any(i => i.DefinitionId == definition && i.ObjectType == objectType && i.ObjectId == objectId && i.State == InstanceState.Running && !i.IsTestRun) ||
        await db.Instances.AnyAsync(
            i => i.ObjectType == objectType && i.ObjectId == objectId && i.DefinitionId == definition && i.State == InstanceState.Running && i.ParentId == null && !i.IsTestRun,
            cancellationToken);

    public void Add(ProcessInstance instance) => db.Instances.Add(instance);

    public void Add(ProcessTimer timer) => db.Timers.Add(timer);

    public void Add(ProcessRequest request) => db.Requests.Add(request);

    public void Add(ObjectSnapshot snapshot) => db.Snapshots.Add(snapshot);

    public async Task<ProcessTimer?> TimerAsync(Guid id, CancellationToken cancellationToken) => await db.Timers.FindAsync([id], cancellationToken);

    public async Task RemoveTimerAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await db.Timers.FindAsync([id], cancellationToken) is { } timer)
        {
            db.Timers.Remove(timer);
        }
    }

    public async Task LoadForFiringAsync(IReadOnlyCollection<Guid> timerIds, CancellationToken cancellationToken)
    {
        // Key lookups only: a join or EXISTS against the claimed rows would scan every pending timer.
        var ids = await db.Timers.Where(t => timerIds.Contains(t.Id) && t.InstanceId != null).Select(t => t.InstanceId!.Value).Distinct().ToListAsync(cancellationToken);
        var timers = await db.Timers.AsTracking().Where(t => t.InstanceId != null && ids.Contains(t.InstanceId.Value)).ToListAsync(cancellationToken);
        var instances = await db.Instances.AsTracking().Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken);
        // Types × ids may read a few snapshots more than needed; that only costs a row.
        var types = instances.Select(i => i.ObjectType).Distinct().ToList();
        var objects = instances.Select(i => i.ObjectId).Distinct().ToList();
        await db.Snapshots.AsTracking().Where(s => types.Contains(s.ObjectType) && objects.Contains(s.ObjectId)).LoadAsync(cancellationToken);
        _loadedWith = instances.FirstOrDefault();
        _allTimersLoaded.UnionWith(timers.Where(t => t.InstanceId is not null).Select(t => t.InstanceId!.Value));
        _snapshotsLoaded.UnionWith(instances.Select(i => (i.ObjectType, i.ObjectId)));
    }

    public async Task RemoveTimersAsync(ProcessInstanceId instance, CancellationToken cancellationToken)
    {
        var saved = Loaded(_allTimersLoaded, instance) ? [] : await db.Timers.AsTracking().Where(t => t.InstanceId == instance).ToListAsync(cancellationToken);
        db.Timers.RemoveRange(saved.Concat(Tracked(db.Timers).Where(t => t.InstanceId == instance)).Distinct().ToList());
    }

    public async Task RemovePeriodicChecksAsync(ProcessDefinitionId definition, CancellationToken cancellationToken) =>
        db.Timers.RemoveRange(await db.Timers.AsTracking().Where(t => t.DefinitionId == definition).ToListAsync(cancellationToken));

    public async Task<ObjectSnapshot?> SnapshotAsync(string objectType, string objectId, CancellationToken cancellationToken) =>
        Tracked(db.Snapshots).FirstOrDefault(s => s.ObjectType == objectType && s.ObjectId == objectId)
        ?? (Loaded(_snapshotsLoaded, (objectType, objectId)) ? null
            : await db.Snapshots.AsTracking().FirstOrDefaultAsync(s => s.ObjectType == objectType && s.ObjectId == objectId, cancellationToken));

    public Task<List<ObjectSnapshot>> SnapshotsAsync(string objectType, string? afterObjectId, int take, CancellationToken cancellationToken) =>
        db.Snapshots.AsNoTracking()
            .Where(s => s.ObjectType == objectType && (afterObjectId == null || string.Compare(s.ObjectId, afterObjectId) > 0))
            .OrderBy(s => s.ObjectId)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<ProcessVersion?> VersionAsync(ProcessVersionId id, CancellationToken cancellationToken) =>
        Tracked(db.Versions).FirstOrDefault(v => v.Id == id) ?? await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);

    public async Task<ProcessVersion?> CurrentVersionAsync(ProcessDefinitionId definition, CancellationToken cancellationToken) =>
        (await startingPoints.FindAsync(definition, cancellationToken))?.Version;

    /// <summary>
    /// Only the versions' keys are read: every fact reported about an object asks this, and reading and parsing each
    /// starting version's document every time was most of a fact-started instance's cost (docs/performance.md,
    /// Service Station); a released version never changes, so it comes from the cache (read once when not there).
    /// </summary>
    public async Task<List<ProcessVersion>> StartingVersionsAsync(string objectType, string? entryKind, string? fact, CancellationToken cancellationToken)
    {
        var keys = await db.Versions
            .Where(v => v.ObjectType == objectType && (entryKind == null || v.EntryKind == entryKind) && (fact == null || v.EntryFact == fact))
            .Where(v => db.Definitions.Any(d => d.Id == v.DefinitionId && d.State == DefinitionState.Active && d.ActiveVersion == v.Number))
            .Select(v => new { v.DefinitionId, v.Number })
            .ToListAsync(cancellationToken);
        var versions = new List<ProcessVersion>(keys.Count);
        foreach (var key in keys)
        {
            if (await released.FindOrLoadAsync(db, key.DefinitionId, key.Number, cancellationToken) is { } version)
            {
                versions.Add(version); // (one deleted since the keys were read starts nothing)
            }
        }

        return versions;
    }

    public Task<bool> IsActiveAsync(ProcessDefinitionId definition, CancellationToken cancellationToken) =>
        db.Definitions.AnyAsync(d => d.Id == definition && d.State == DefinitionState.Active, cancellationToken);

    public Task<List<OfferedActionEntry>> OfferedActionsAsync(CancellationToken cancellationToken) =>
        db.OfferedActions.AsNoTracking().OrderBy(a => a.Module).ThenBy(a => a.Name).ToListAsync(cancellationToken);

    public async Task ReplaceOfferedActionsAsync(string module, IReadOnlyList<OfferedActionEntry> actions, CancellationToken cancellationToken)
    {
        var known = await db.OfferedActions.AsTracking().Where(a => a.Module == module).ToDictionaryAsync(a => (a.Name, a.ObjectType), cancellationToken);
        foreach (var action in actions.DistinctBy(a => (a.Name, a.ObjectType)))
        {
            if (known.Remove((action.Name, action.ObjectType), out var existing))
            {
                existing.RefreshFrom(action);
            }
            else
            {
                db.OfferedActions.Add(action);
            }
        }

        db.OfferedActions.RemoveRange(known.Values); // no longer offered
    }

    public Task<List<TraceEntry>> TraceAsync(ProcessInstanceId instance, CancellationToken cancellationToken) =>
        db.Trace.AsNoTracking().Where(t => t.InstanceId == instance).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);

    private bool Loaded<T>(HashSet<T> loaded, T key) =>
        loaded.Contains(key) && _loadedWith is not null && db.Entry(_loadedWith).State != EntityState.Detached;

    /// <summary>
    /// The entities this unit of work tracks (added, unchanged, modified) without EF's DetectChanges, which
    /// <c>DbSet.Local</c> runs over every tracked entity on each call: a batch of fires looks up hundreds of times.
    /// States only change through Add/Remove/Attach here, which set them directly, so the view is exact.
    /// </summary>
    private IEnumerable<T> Tracked<T>(DbSet<T> set)
        where T : class
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return set.Local.ToList();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }
}
