using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.SavedFilters;
using MediatR;

namespace Crm.Modules.Tasking.Application.SavedFilters.GetSavedFilter;

/// <summary>One of my saved filters (e.g. to apply it to the list); anybody else's is 404.</summary>
public sealed record GetSavedFilterQuery(Guid Id) : IQuery<SavedFilterDto>;

internal sealed class GetSavedFilterHandler(StaffMember me, IReadRepository<SavedFilter> filters) : IRequestHandler<GetSavedFilterQuery, SavedFilterDto>
{
    public async Task<SavedFilterDto> Handle(GetSavedFilterQuery query, CancellationToken cancellationToken) =>
        SavedFilterDto.From(await filters.MineAsync(me, query.Id, forUpdate: false, cancellationToken));
}
