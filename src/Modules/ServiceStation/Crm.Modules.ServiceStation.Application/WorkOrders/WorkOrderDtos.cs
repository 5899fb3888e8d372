using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.WorkOrders;

public sealed record WorkOrderWorkDto(Guid Id, string Name, decimal NormHours, decimal Price, WorkStatus Status);

public sealed record WorkOrderPartDto(Guid Id, string? Text, string? PartReference, decimal Quantity, decimal Price, PartStatus Status);

public sealed record RecommendationDto(Guid Id, Guid WorkOrderId, Guid VehicleId, string WorkName, decimal NormHours, decimal Price, DateOnly? DueOn, DateTimeOffset MadeAt);

/// <summary>A work order's card. <see cref="Version"/> is also the ETag.</summary>
public sealed record WorkOrderDto(
    Guid Id, Guid ClientId, Guid VehicleId, Guid MasterConsultantId, string? MasterConsultantName, Guid? BayId, Guid? BookingId, Guid? ContactId, int MileageKm,
    WorkOrderStatus Status, decimal Total, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, IReadOnlyList<WorkOrderWorkDto> Works, IReadOnlyList<WorkOrderPartDto> Parts,
    IReadOnlyList<RecommendationDto> Recommendations, int Version) : IVersionedCard;

public static class WorkOrderMapping
{
    public static WorkOrderDto ToDto(this WorkOrder o, string? masterConsultantName) => new(
        o.Id.Value, o.ClientId, o.VehicleId, o.MasterConsultantId, masterConsultantName, o.BayId?.Value, o.BookingId, o.ContactId, o.MileageKm, o.Status, o.Total,
        Show(o.OpenedAtUtc), Show(o.ClosedAtUtc),
        o.Works.OrderBy(w => w.Number).Select(w => new WorkOrderWorkDto(w.Id, w.Name, w.NormHours, w.Price, w.Status)).ToList(),
        o.Parts.OrderBy(p => p.Number).Select(p => new WorkOrderPartDto(p.Id, p.Text, p.PartReference, p.Quantity, p.Price, p.Status)).ToList(),
        o.Recommendations.Select(r => r.ToDto(o)).ToList(),
        o.Version);

    public static RecommendationDto ToDto(this Recommendation r, WorkOrder o) =>
        new(r.Id, o.Id.Value, o.VehicleId, r.WorkName, r.NormHours, r.Price, r.DueOn, Show(r.MadeAtUtc));
}
