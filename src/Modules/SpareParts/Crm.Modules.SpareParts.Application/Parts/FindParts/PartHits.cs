using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Parts.FindParts;

/// <summary>
/// A part found. <see cref="Match"/>: "article" (its own article is the one searched), "analogue" (it replaces, or is
/// replaced by, <see cref="AnalogueOf"/>), null in a list by words or brand.
/// </summary>
public sealed record PartHitDto(Guid Id, string Article, string Brand, string Name, string Unit, decimal Price, string? Match, AnalogueOfDto? AnalogueOf);

/// <summary>The article a hit is an analogue of, as the cross-reference names it; <see cref="PartId"/> when that is a part of the catalogue.</summary>
public sealed record AnalogueOfDto(string Brand, string Article, Guid? PartId);

/// <summary>The columns a list row reads (the owned analogues and words are not loaded).</summary>
public sealed record PartRow(PartId Id, string Article, string ArticleKey, string Brand, string BrandKey, string Name, string Unit, decimal Price);

/// <summary>A row with why it was found; its rank orders the article itself before its analogues.</summary>
internal sealed record PartHit(PartRow Row, int Rank, string? Match, AnalogueOfDto? AnalogueOf)
{
    public PartCursor Cursor => new(Rank, Row.BrandKey, Row.ArticleKey);

    public PartHitDto ToDto() => new(Row.Id.Value, Row.Article, Row.Brand, Row.Name, Row.Unit, Row.Price, Match, AnalogueOf);
}
