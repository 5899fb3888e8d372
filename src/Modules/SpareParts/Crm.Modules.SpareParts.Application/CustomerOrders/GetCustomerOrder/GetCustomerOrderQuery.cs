using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.GetCustomerOrder;

/// <summary>A customer order's card.</summary>
public sealed record GetCustomerOrderQuery(Guid Id) : IQuery<CustomerOrderDto>;

internal sealed class GetCustomerOrderHandler(IReadRepository<CustomerOrder> orders) : IRequestHandler<GetCustomerOrderQuery, CustomerOrderDto>
{
    public async Task<CustomerOrderDto> Handle(GetCustomerOrderQuery query, CancellationToken cancellationToken) =>
        (await orders.GetAsync(query.Id, cancellationToken)).ToDto();
}
