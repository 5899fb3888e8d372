using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.ListRecommendations;

/// <summary>What the station recommends for a vehicle: the works declined in its closed work orders, the soonest due first.</summary>
public sealed record ListRecommendationsQuery(Guid VehicleId) : IQuery<IReadOnlyList<RecommendationDto>>;

internal sealed class ListRecommendationsHandler(IReadRepository<Vehicle> vehicles, IReadRepository<WorkOrder> orders)
    : IRequestHandler<ListRecommendationsQuery, IReadOnlyList<RecommendationDto>>
{
    public async Task<IReadOnlyList<RecommendationDto>> Handle(ListRecommendationsQuery query, CancellationToken cancellationToken)
    {
        await vehicles.GetAsync(query.VehicleId, cancellationToken);
        var closed = await orders.ListAsync(new RecommendingOrdersSpec(query.VehicleId), cancellationToken);
        return closed.SelectMany(o => o.Recommendations.Select(r => r.ToDto(o)))
            .OrderBy(r => r.DueOn ?? DateOnly.MaxValue).ThenByDescending(r => r.MadeAt).ToList();
    }
}

public sealed class RecommendingOrdersSpec : Specification<WorkOrder>
{
    public RecommendingOrdersSpec(Guid vehicleId) =>
        Query.Where(o => o.VehicleId == vehicleId && o.Status == WorkOrderStatus.Closed && o.Recommendations.Any());
}
