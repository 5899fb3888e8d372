using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.Bookings;

/// <summary>A booking's card, times in the reader's zone. <see cref="Version"/> is also the ETag.</summary>
public sealed record BookingDto(
    Guid Id, Guid ClientId, Guid VehicleId, Guid BayId, Guid MasterConsultantId, string? MasterConsultantName, DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingStatus Status,
    string? Reason, Guid? ContactId, Guid? EstimateId, Guid? WorkOrderId, IReadOnlyList<WorkDto> PlannedWorks, DateTimeOffset CreatedAt, int Version) : IVersionedCard
{
    /// <summary>The parts the visit needs: in words until the parts specialists select them by reference.</summary>
    public IReadOnlyList<PlannedPartDto> PlannedParts { get; init; } = [];

    /// <summary>When Spare Parts expects the parts of a customer order for this visit (null: none awaited; ADR 0085).</summary>
    public DateTimeOffset? PartsExpectedAt { get; init; }

    /// <summary>The parts cannot arrive before the visit starts: move the booking (POST /bookings/{id}/move) to <see cref="PartsExpectedAt"/> or later.</summary>
    public bool PartsLate { get; init; }
}

public sealed record PlannedPartDto(Guid Id, string? Text, string? PartReference, decimal Quantity, decimal Price);

public static class BookingMapping
{
    /// <summary>The card; the master consultant's name from the station's copy of the staff (null until the copy has their card).</summary>
    public static BookingDto ToDto(this Booking b, string? masterConsultantName) => new(
        b.Id.Value, b.ClientId, b.VehicleId, b.BayId.Value, b.MasterConsultantId, masterConsultantName, Show(b.StartsAtUtc), Show(b.EndsAtUtc), b.Status,
        b.Reason, b.ContactId, b.EstimateId, b.WorkOrderId, b.PlannedWorks.OrderBy(w => w.Number).Select(w => new WorkDto(w.Id, w.Name, w.NormHours, w.Price)).ToList(),
        Show(b.CreatedAtUtc), b.Version)
    {
        PlannedParts = b.PlannedParts.OrderBy(p => p.Number).Select(p => new PlannedPartDto(p.Id, p.Text, p.PartReference, p.Quantity, p.Price)).ToList(),
        PartsExpectedAt = Show(b.PartsExpectedAtUtc), PartsLate = b.PartsLate,
    };
}
