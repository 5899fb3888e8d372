using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Staff;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.GetWorkOrder;

public sealed record GetWorkOrderQuery(Guid Id) : IQuery<WorkOrderDto>;

internal sealed class GetWorkOrderHandler(IReadRepository<WorkOrder> orders, MasterConsultants masters) : IRequestHandler<GetWorkOrderQuery, WorkOrderDto>
{
    public async Task<WorkOrderDto> Handle(GetWorkOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(query.Id, cancellationToken);
        return order.ToDto(await masters.NameAsync(order.MasterConsultantId, cancellationToken));
    }
}
