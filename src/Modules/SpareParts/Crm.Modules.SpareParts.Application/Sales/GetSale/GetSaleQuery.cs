using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Sales;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Sales.GetSale;

/// <summary>A sale's card, with what came back.</summary>
public sealed record GetSaleQuery(Guid Id) : IQuery<SaleDto>;

internal sealed class GetSaleHandler(IReadRepository<Sale> sales) : IRequestHandler<GetSaleQuery, SaleDto>
{
    public async Task<SaleDto> Handle(GetSaleQuery query, CancellationToken cancellationToken) => (await sales.GetAsync(query.Id, cancellationToken)).ToDto();
}
