using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Domain.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

/// <summary>The state and the current version number in one query; the version itself from the cache of released ones.</summary>
internal sealed class StartingPoints(ProcessesDbContext db, ReleasedVersions released) : IStartingPoints
{
    public async Task<StartingPoint?> FindAsync(ProcessDefinitionId definition, CancellationToken cancellationToken)
    {
        var head = await db.Definitions.AsNoTracking().Where(d => d.Id == definition)
            .Select(d => new { d.State, Current = d.ActiveVersion ?? (d.LatestVersion > 0 ? d.LatestVersion : (int?)null) })
            .FirstOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var version = head.Current is { } number ? await released.FindOrLoadAsync(db, definition, number, cancellationToken) : null;
        return new StartingPoint(head.State, version);
    }
}
