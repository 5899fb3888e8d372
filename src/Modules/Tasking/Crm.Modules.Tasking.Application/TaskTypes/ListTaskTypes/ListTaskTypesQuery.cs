using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.TaskTypes;
using MediatR;

namespace Crm.Modules.Tasking.Application.TaskTypes.ListTaskTypes;

public sealed record ListTaskTypesQuery : IQuery<IReadOnlyList<TaskTypeDto>>;

internal sealed class ListTaskTypesHandler(IReadRepository<TaskType> types) : IRequestHandler<ListTaskTypesQuery, IReadOnlyList<TaskTypeDto>>
{
    public async Task<IReadOnlyList<TaskTypeDto>> Handle(ListTaskTypesQuery query, CancellationToken cancellationToken) =>
        (await types.ListAsync(new TaskTypesSpec(), cancellationToken)).Select(TaskTypeDto.From).ToList();
}
