namespace Crm.BuildingBlocks.Application.Errors;

/// <summary>
/// Somebody else saved the same aggregate first (its version moved on): 409 for a user; for an event handler, a
/// reason to load again and retry. Raised by the unit of work so the Application layer need not know EF Core.
/// </summary>
public sealed class ConcurrencyConflictException(Exception inner) : Exception("The data changed while this change was being made.", inner);
