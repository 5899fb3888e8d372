using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.SavedFilters;
using MediatR;

namespace Crm.Modules.Tasking.Application.SavedFilters.ListSavedFilters;

/// <summary>The signed-in employee's saved filters, by name.</summary>
public sealed record ListSavedFiltersQuery : IQuery<IReadOnlyList<SavedFilterDto>>;

internal sealed class ListSavedFiltersHandler(StaffMember me, IReadRepository<SavedFilter> filters) : IRequestHandler<ListSavedFiltersQuery, IReadOnlyList<SavedFilterDto>>
{
    public async Task<IReadOnlyList<SavedFilterDto>> Handle(ListSavedFiltersQuery query, CancellationToken cancellationToken) =>
        (await filters.ListAsync(new SavedFiltersOfSpec(me.Id), cancellationToken)).Select(SavedFilterDto.From).ToList();
}
