namespace Crm.BuildingBlocks.Application.Specifications;

/// <summary>
/// One page of a keyset-paginated list. <see cref="NextCursor"/> is opaque to clients; passing it back returns
/// the rows after the last one shown, so a deep page costs the same as the first.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);
