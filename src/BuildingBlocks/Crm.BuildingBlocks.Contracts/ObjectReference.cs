namespace Crm.BuildingBlocks.Contracts;

/// <summary>
/// The object a task or a process is about, in any module: <c>{ "type": "order", "id": "…" }</c>.
/// A string id keeps modules free to choose their own keys.
/// </summary>
public sealed record ObjectReference(string Type, string Id);
