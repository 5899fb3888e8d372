using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using MediatR;

namespace Crm.Modules.Processes.Application.Actions.ListOfferedActions;

public sealed record OfferedActionDto(string Module, string Name, string ObjectType, string Description, IReadOnlyList<string> Parameters);

/// <summary>The actions modules offer now: what an action block of a definition may name.</summary>
public sealed record ListOfferedActionsQuery : IQuery<IReadOnlyList<OfferedActionDto>>;

internal sealed class ListOfferedActionsHandler(IEngineStore store) : IRequestHandler<ListOfferedActionsQuery, IReadOnlyList<OfferedActionDto>>
{
    public async Task<IReadOnlyList<OfferedActionDto>> Handle(ListOfferedActionsQuery query, CancellationToken cancellationToken) =>
        (await store.OfferedActionsAsync(cancellationToken))
            .Select(a => new OfferedActionDto(a.Module, a.Name, a.ObjectType, a.Description, a.Parameters.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();
}
