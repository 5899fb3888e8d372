namespace Crm.BuildingBlocks.Application.Errors;

/// <summary>
/// Work that shares its transaction with other deliveries (an outbox group, ADR 0041) asked to undo its own changes
/// (e.g. an action refused half-way). The tracked changes of the group cannot be told apart, so undoing them would
/// also undo the other deliveries' work and replies (issue 12): instead the group fails, nothing of it is committed,
/// and the outbox delivers each of its events in a transaction of its own, where undoing touches nothing else
/// (ADR 0045).
/// </summary>
public sealed class SharedTransactionException()
    : Exception("This delivery shares its transaction with others and must undo its own changes: it is delivered again alone.");
