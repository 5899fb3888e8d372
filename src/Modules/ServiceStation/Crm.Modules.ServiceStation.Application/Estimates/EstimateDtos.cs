using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.Estimates;

public sealed record EstimatePartDto(Guid Id, string? Text, string? PartReference, decimal Quantity, decimal Price, decimal Amount);

/// <summary>An estimate's card. <see cref="Version"/> is also the ETag.</summary>
public sealed record EstimateDto(
    Guid Id, Guid? ClientId, Guid? VehicleId, Guid? ContactId, EstimateStatus Status, Guid? BookingId, decimal Total, DateTimeOffset OpenedAt,
    IReadOnlyList<WorkDto> Works, IReadOnlyList<EstimatePartDto> Parts, int Version) : IVersionedCard;

public static class EstimateMapping
{
    public static EstimateDto ToDto(this Estimate e) => new(
        e.Id.Value, e.ClientId, e.VehicleId, e.ContactId, e.Status, e.BookingId, e.Total, Show(e.OpenedAtUtc),
        e.Works.OrderBy(w => w.Number).Select(w => new WorkDto(w.Id, w.Name, w.NormHours, w.Price)).ToList(),
        e.Parts.OrderBy(p => p.Number).Select(p => new EstimatePartDto(p.Id, p.Text, p.PartReference, p.Quantity, p.Price, p.Amount)).ToList(),
        e.Version);
}
