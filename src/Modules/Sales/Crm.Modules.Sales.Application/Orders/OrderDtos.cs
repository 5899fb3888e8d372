using Crm.Modules.Sales.Domain.Orders;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.Orders;

public sealed record OrderSummaryDto(
    Guid Id, long Number, Guid ClientId, string? ClientName, OrderStatus Status, Guid? ManagerId, decimal Total, decimal PaidAmount,
    DateTimeOffset CreatedAt, IReadOnlyList<string> Tags);

public sealed record OrderPositionDto(Guid Id, string Offer, decimal Price, int Quantity, decimal Amount);

public sealed record PaymentDto(Guid Id, decimal Amount, PaymentMethod Method, DateTimeOffset At, Guid? RecordedBy, string? ProviderPaymentId);

public sealed record OrderHistoryEntryDto(OrderHistoryKind Kind, string Text, Guid? EmployeeId, DateTimeOffset At);

/// <summary>An order's card. Times are UTC. <see cref="Version"/> is also the ETag.</summary>
public sealed record OrderDto(
    Guid Id,
    long Number,
    Guid ClientId,
    string ClientName,
    OrderStatus Status,
    string? CancellationReason,
    Guid? ManagerId,
    decimal Total,
    decimal PaidAmount,
    decimal Due,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PaidAt,
    DateTimeOffset? AccessEndsAt,
    Guid? RenewalOfPurchaseId,
    IReadOnlyList<string> Tags,
    IReadOnlyList<OrderPositionDto> Positions,
    IReadOnlyList<PaymentDto> Payments,
    IReadOnlyList<OrderHistoryEntryDto> History,
    int Version)
{
    /// <summary>The open tasks about this order (kept from Tasking's events; filled on the card).</summary>
    public IReadOnlyList<CardTasks.CardTaskDto> OpenTasks { get; init; } = [];
}

public static class OrderMapping
{
    public static OrderSummaryDto ToDto(this OrderRow row, string? clientName) => new(
        row.Id.Value, row.Number, row.ClientId.Value, clientName, row.Status, row.ManagerId, row.Total, row.PaidAmount, Show(row.CreatedAtUtc), row.Tags);

    public static OrderDto ToDto(this Order o, string clientName) => new(
        o.Id.Value, o.Number, o.ClientId.Value, clientName, o.Status, o.CancellationReason, o.ManagerId, o.Total, o.PaidAmount, o.Due,
        Show(o.CreatedAtUtc), Show(o.PaidAtUtc), Show(o.AccessEndsAtUtc), o.RenewalOfPurchaseId,
        o.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
        o.Positions.Select(p => new OrderPositionDto(p.Id, p.Offer, p.Price, p.Quantity, p.Amount)).ToList(),
        o.Payments.OrderBy(p => p.AtUtc).Select(p => new PaymentDto(p.Id, p.Amount, p.Method, Show(p.AtUtc), p.RecordedBy, p.ProviderPaymentId)).ToList(),
        o.History.OrderBy(h => h.AtUtc).Select(h => new OrderHistoryEntryDto(h.Kind, h.Text, h.EmployeeId, Show(h.AtUtc))).ToList(),
        o.Version);
}
