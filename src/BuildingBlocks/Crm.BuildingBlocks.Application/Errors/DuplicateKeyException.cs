namespace Crm.BuildingBlocks.Application.Errors;

/// <summary>
/// Somebody else saved a row with the same key first (a unique index stopped this commit): 409 for a user; for an
/// event handler, like a version conflict, a reason to load again and retry (the row now exists). Raised by the
/// unit of work so the Application layer need not know EF Core.
/// </summary>
public sealed class DuplicateKeyException(Exception inner) : Exception("A row with the same key was saved first.", inner);
