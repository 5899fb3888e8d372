using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.FindParts;

/// <summary>
/// The catalogue a page at a time, by brand then article. With <see cref="Article"/>: that article (any way written)
/// and its analogues both ways (ADR 0079); with <see cref="Q"/>: parts whose name has every word; <see cref="Brand"/> narrows either.
/// </summary>
public sealed record FindPartsQuery(string? Article, string? Q, string? Brand, string? Cursor, int? Limit) : IQuery<KeysetPage<PartHitDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxWords = 5;
}

internal sealed class FindPartsValidator : AbstractValidator<FindPartsQuery>
{
    public FindPartsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, FindPartsQuery.MaxLimit);
        RuleFor(q => q.Article).MaximumLength(Part.ArticleMaxLength * 2)
            .Must(a => a is null || Articles.Key(a).Length > 0).WithErrorCode("part.article-invalid").WithMessage("An article needs at least one letter or digit.");
        RuleFor(q => q.Q).MaximumLength(Part.NameMaxLength)
            .Must(q => q is null || NameWords.Of(q).Count is > 0 and <= FindPartsQuery.MaxWords).WithErrorCode("part.words-invalid")
            .WithMessage($"Give 1 to {FindPartsQuery.MaxWords} words of the name.")
            .Must((query, q) => q is null || query.Article is null).WithErrorCode("part.search-one-way").WithMessage("Search by article or by words of the name, not both.");
        RuleFor(q => q.Brand).MaximumLength(Part.BrandMaxLength).Must(b => b is null || b.Trim().Length > 0).WithMessage("Name a brand or leave it out.");
        RuleFor(q => q.Cursor).Must(PartCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class FindPartsHandler(IReadRepository<Part> parts) : IRequestHandler<FindPartsQuery, KeysetPage<PartHitDto>>
{
    public async Task<KeysetPage<PartHitDto>> Handle(FindPartsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? FindPartsQuery.DefaultLimit;
        var after = PartCursor.Decode(query.Cursor);
        var brandKey = query.Brand is null ? null : Brands.Key(query.Brand);
        var rows = query.Article is null
            ? await parts.ListAsync(new PartListSpec(brandKey, NameWords.Of(query.Q), after, limit + 1), cancellationToken)
            : ArticleSearch.After(await ArticleSearch.FindAsync(parts, Articles.Key(query.Article), brandKey, cancellationToken), after, limit + 1);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<PartHitDto>([.. page.Select(r => r.ToDto())], rows.Count > limit ? page[^1].Cursor.Encode() : null);
    }
}
