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
        filters.Remove(await filters.MineAsync(me, command.Id, forUpdate: true, cancellationToken));
        return Unit.Value;
    }
}
