using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Bays;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bays.ListBays;

public sealed record BayDto(Guid Id, string Name);

/// <summary>The station's bays by name: a short directory (a station has a handful), so one page.</summary>
public sealed record ListBaysQuery : IQuery<IReadOnlyList<BayDto>>;

internal sealed class ListBaysHandler(IReadRepository<Bay> bays) : IRequestHandler<ListBaysQuery, IReadOnlyList<BayDto>>
{
    public async Task<IReadOnlyList<BayDto>> Handle(ListBaysQuery query, CancellationToken cancellationToken) =>
        (await bays.ListAsync(new BaysByNameSpec(), cancellationToken)).Select(b => new BayDto(b.Id.Value, b.Name)).ToList();
}

public sealed class BaysByNameSpec : Specification<Bay>
{
    public BaysByNameSpec() => Query.OrderBy(b => b.Name);
}
