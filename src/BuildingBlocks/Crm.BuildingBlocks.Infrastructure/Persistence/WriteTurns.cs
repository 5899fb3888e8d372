using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// SQLite lets one connection write to a database file at a time. A writer that finds the lock taken is put to sleep
/// by SQLite's busy handler for 1, 2, 5, 10… ms however soon the lock frees up, and under load a quarter of the
/// machine sat idle that way (ADR 0044). The writers of this process therefore queue here and write in turn, each as
/// soon as the one before commits; writers of other processes on the same file still meet the busy handler.
/// PostgreSQL writes pass straight through. A write inside a turn its own flow already holds does not wait for itself.
/// Only the write itself (a SaveChanges, a claim, a mark) runs in a turn, never the reads before it.
/// </summary>
public static class WriteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<SemaphoreSlim?> Held = new();

    public static async Task<T> InTurnAsync<T>(DbContext db, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await write();
        }

        var turn = Files.GetOrAdd(db.Database.GetDbConnection().DataSource, _ => new SemaphoreSlim(1, 1));
        if (Held.Value == turn)
        {
            return await write();
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            Held.Value = turn; // seen by the write and by what it awaits, not by the caller
            return await write();
        }
        finally
        {
            Held.Value = null;
            turn.Release();
        }
    }

    public static Task InTurnAsync(DbContext db, Func<Task> write, CancellationToken cancellationToken) =>
        InTurnAsync(db, async () =>
        {
            await write();
            return true;
        }, cancellationToken);
}
