using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Estimates.GetEstimate;

public sealed record GetEstimateQuery(Guid Id) : IQuery<EstimateDto>;

internal sealed class GetEstimateHandler(IReadRepository<Estimate> estimates) : IRequestHandler<GetEstimateQuery, EstimateDto>
{
    public async Task<EstimateDto> Handle(GetEstimateQuery query, CancellationToken cancellationToken) =>
        (await estimates.GetAsync(query.Id, cancellationToken)).ToDto();
}
