using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

public sealed record FailedEvent(string Module, Guid Id, string Type, DateTime OccurredAtUtc, int Attempts, DateTime FailedAtUtc, string? LastError);

/// <summary>Events whose last delivery try failed, across every module, and the administrator's "try again".</summary>
public sealed class OutboxAdministration(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, OutboxSignal.Registry signals, TimeProvider clock)
{
    public async Task<IReadOnlyList<FailedEvent>> FailedAsync(CancellationToken cancellationToken)
    {
        var failed = new List<FailedEvent>();
        foreach (var database in databases)
        {
            failed.AddRange(await database.WithContextAsync(scopes, db => db.OutboxMessages.AsNoTracking()
                .Where(m => m.FailedAtUtc != null)
                .OrderByDescending(m => m.FailedAtUtc)
                .Take(500)
                .Select(m => new FailedEvent(database.Schema, m.Id, m.Type, m.OccurredAtUtc, m.Attempts, m.FailedAtUtc!.Value, m.LastError))
                .ToListAsync(cancellationToken)));
        }

        return failed;
    }

    /// <summary>Puts a failed event back in line with fresh attempts; its module's dispatcher picks it up at once.</summary>
    public async Task RetryAsync(string module, Guid id, CancellationToken cancellationToken)
    {
        var database = databases.FirstOrDefault(d => d.Schema == module) ?? throw new NotFoundException("Module", module);
        await database.WithContextAsync(scopes, async db =>
        {
            var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id && m.FailedAtUtc != null, cancellationToken)
                ?? throw new NotFoundException("Failed event", id);
            message.Retry(clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync(cancellationToken);
        });
        signals.For(database.ContextType).Notify();
    }
}
