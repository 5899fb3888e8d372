using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Carts;

namespace Crm.Modules.SpareParts.Application.Carts;

public sealed record CartSourceDto(string Kind, Guid Id, string? SubjectType, Guid? SubjectId);

public sealed record CartLineDto(Guid Id, int Number, Guid PartId, string Article, string Brand, string Name, string Unit, decimal Quantity, decimal Price, decimal Amount);

public sealed record CartDocumentDto(string Kind, Guid Id);

/// <summary>The station's last refusal of the parts sent (the cart stayed open).</summary>
public sealed record CartRefusalDto(string Code, string Reason);

/// <summary>
/// A cart's card; <see cref="Version"/> is its ETag. <see cref="AwaitingDocument"/>: the parts were sent to
/// <see cref="Document"/> and the station has not answered yet (the cart does not change meanwhile).
/// </summary>
public sealed record CartDto(
    Guid Id,
    CartSourceDto Source,
    CartState State,
    Guid OpenedBy,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CartLineDto> Lines,
    decimal Total,
    CartDocumentDto? Document,
    bool AwaitingDocument,
    CartRefusalDto? Refusal,
    string? DiscardReason,
    Guid? OrderId,
    int Version) : IVersionedCard
{
    /// <summary>The sale the cart was sold by, straight from the cart.</summary>
    public Guid? SaleId { get; init; }
}

/// <summary>A cart in a list.</summary>
public sealed record CartSummaryDto(Guid Id, CartSourceDto Source, CartState State, DateTimeOffset OpenedAt, int Lines, decimal Total);

internal static class CartMapping
{
    public static CartSourceDto ToDto(this CartSource s) => new(s.Kind, s.Id, s.SubjectType, s.SubjectId);

    public static CartDto ToDto(this Cart cart, Func<DateTime, DateTimeOffset> show) => new(
        cart.Id.Value,
        cart.Source.ToDto(),
        cart.State,
        cart.OpenedBy,
        show(cart.OpenedAtUtc),
        cart.ClosedAtUtc is { } closed ? show(closed) : null,
        cart.Lines.Select(l => new CartLineDto(l.Id, l.Number, l.PartId.Value, l.Article, l.Brand, l.Name, l.Unit, l.Quantity, l.Price, l.Quantity * l.Price)).ToList(),
        cart.Total,
        cart.Document is { } d ? new CartDocumentDto(d.Kind, d.Id) : null,
        cart.AwaitedPickId is not null,
        cart.RefusalCode is { } code ? new CartRefusalDto(code, cart.Refusal ?? code) : null,
        cart.DiscardReason,
        cart.OrderId,
        cart.Version)
    {
        SaleId = cart.SaleId,
    };
}
