using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Parts;

/// <summary>A part's card; <see cref="Version"/> is its ETag.</summary>
public sealed record PartDto(Guid Id, string Article, string Brand, string Name, string Unit, decimal Price, IReadOnlyList<PartAnalogueDto> Analogues, int Version)
    : IVersionedCard;

/// <summary>An article that replaces the part; <see cref="PartId"/> when the catalogue has it (the same brand's article).</summary>
public sealed record PartAnalogueDto(string Brand, string Article, Guid? PartId);

internal static class PartMapping
{
    /// <summary>The card, with the catalogue's part of each analogue found in <paramref name="catalogued"/> (article key, brand key → id).</summary>
    public static PartDto ToDto(this Part part, IReadOnlyDictionary<(string ArticleKey, string BrandKey), Guid> catalogued) =>
        new(part.Id.Value, part.Article, part.Brand, part.Name, part.Unit, part.Price,
            [.. part.Analogues.OrderBy(a => a.BrandKey, StringComparer.Ordinal).ThenBy(a => a.ArticleKey, StringComparer.Ordinal)
                .Select(a => new PartAnalogueDto(a.Brand, a.Article, catalogued.TryGetValue((a.ArticleKey, a.BrandKey), out var id) ? id : null))],
            part.Version);
}
