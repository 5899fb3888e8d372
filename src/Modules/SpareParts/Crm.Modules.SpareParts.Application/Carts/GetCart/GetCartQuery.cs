using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.GetCart;

/// <summary>A cart's card, times in the reader's zone.</summary>
public sealed record GetCartQuery(Guid Id) : IQuery<CartDto>;

internal sealed class GetCartHandler(IReadRepository<Cart> carts, ICurrentEmployee reader) : IRequestHandler<GetCartQuery, CartDto>
{
    public async Task<CartDto> Handle(GetCartQuery query, CancellationToken cancellationToken) =>
        (await carts.GetAsync(query.Id, cancellationToken)).ToDto(reader.Show);
}
