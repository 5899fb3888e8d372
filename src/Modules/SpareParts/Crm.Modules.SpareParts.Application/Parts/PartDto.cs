using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Parts;

/// <summary>A part's card; <see cref="Version"/> is its ETag.</summary>
public sealed record PartDto(Guid Id, string Article, string Brand, string Name, string Unit, decimal Price, int Version) : IVersionedCard;

internal static class PartMapping
{
    public static PartDto ToDto(this Part part) =>
        new(part.Id.Value, part.Article, part.Brand, part.Name, part.Unit, part.Price, part.Version);
}
