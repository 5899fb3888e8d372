using System.Collections.Concurrent;
using Crm.Modules.Processes.Domain.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

/// <summary>
/// Saved versions by definition and number. A version never changes once saved, so an entry never goes stale, and
/// a trigger that starts an instance does not read and parse the version's document again (ADR 0026).
/// </summary>
internal sealed class ReleasedVersions
{
    private readonly ConcurrentDictionary<(Guid Definition, int Number), ProcessVersion> _versions = new();

    public ProcessVersion? Find(ProcessDefinitionId definition, int number) => _versions.GetValueOrDefault((definition.Value, number));

    public ProcessVersion? Remember(ProcessVersion? version) =>
        version is null ? null : _versions.GetOrAdd((version.DefinitionId.Value, version.Number), version);

    /// <summary>The cached version, else read (once) and remembered.</summary>
    public async Task<ProcessVersion?> FindOrLoadAsync(ProcessesDbContext db, ProcessDefinitionId definition, int number, CancellationToken cancellationToken) =>
        Find(definition, number)
        ?? Remember(await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.DefinitionId == definition && v.Number == number, cancellationToken));
}
