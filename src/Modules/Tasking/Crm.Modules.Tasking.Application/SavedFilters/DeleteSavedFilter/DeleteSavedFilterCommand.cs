using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.SavedFilters;
using MediatR;

namespace Crm.Modules.Tasking.Application.SavedFilters.DeleteSavedFilter;

public sealed record DeleteSavedFilterCommand(Guid Id) : ICommand<Unit>;

internal sealed class DeleteSavedFilterHandler(StaffMember me, IRepository<SavedFilter> filters) : IRequestHandler<DeleteSavedFilterCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSavedFilterCommand command, CancellationToken cancellationToken)
    {
        var owner = (await me.GetAsync(cancellationToken)).Id;
        var filter = await filters.FirstOrDefaultAsync(new SavedFiltersOfSpec(owner, new SavedFilterId(command.Id), forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Saved filter", command.Id);
        filters.Remove(filter);
        return Unit.Value;
    }
}
