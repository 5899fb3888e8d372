using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.ListCarts;

/// <summary>
/// The carts, newest first, a page at a time: all of them, or those of one object (<c>sourceKind</c> and
/// <c>sourceId</c> together): those opened from it, and (for a contact, booking or work order) those opened from a task about it.
/// </summary>
public sealed record ListCartsQuery(string? SourceKind, Guid? SourceId, string? Cursor, int? Limit) : IQuery<KeysetPage<CartSummaryDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListCartsValidator : AbstractValidator<ListCartsQuery>
{
    public ListCartsValidator()
    {
        RuleFor(q => q.SourceKind).NotEmpty().When(q => q.SourceId is not null)
            .Must(k => CartSource.Kinds.Contains(k!) || CartSource.SubjectTypes.Contains(k!)).When(q => !string.IsNullOrEmpty(q.SourceKind))
            .WithErrorCode("cart.source-unknown").WithMessage($"List the carts of one of: {string.Join(", ", CartSource.Kinds.Union(CartSource.SubjectTypes))}.");
        RuleFor(q => q.SourceId).NotNull().When(q => !string.IsNullOrEmpty(q.SourceKind)).NotEqual(Guid.Empty);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListCartsQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(c => string.IsNullOrEmpty(c) || SparePartsCursor.Decode(c) is { Length: > 0 }).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListCartsHandler(IReadRepository<Cart> carts, ICurrentEmployee reader) : IRequestHandler<ListCartsQuery, KeysetPage<CartSummaryDto>>
{
    public async Task<KeysetPage<CartSummaryDto>> Handle(ListCartsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListCartsQuery.DefaultLimit;
        var rows = await carts.ListAsync(new CartsOfSourceSpec(query.SourceKind, query.SourceId, SparePartsCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = page.Select(c => new CartSummaryDto(c.Id.Value, c.Source.ToDto(), c.State, reader.Show(c.OpenedAtUtc), c.Lines.Count, c.Total)).ToList();
        return new KeysetPage<CartSummaryDto>(items, rows.Count > limit ? SparePartsCursor.Encode(page[^1].SortKey) : null);
    }
}

public sealed class CartsOfSourceSpec : Specification<Cart>
{
    public CartsOfSourceSpec(string? kind, Guid? id, string? before, int take) =>
        Query.Where(c => (c.Source.Kind == kind && c.Source.Id == id) || (c.Source.SubjectType == kind && c.Source.SubjectId == id), kind is not null && id is not null)
            .Where(c => string.Compare(c.SortKey, before) < 0, before is not null)
            .OrderByDescending(c => c.SortKey)
            .Take(take);
}
