using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.RefusalReasons;
using MediatR;

namespace Crm.Modules.Tasking.Application.RefusalReasons.ListRefusalReasons;

/// <summary>The reasons a refusal may name, by name; with <see cref="IncludeArchived"/> also the retired ones.</summary>
public sealed record ListRefusalReasonsQuery(bool IncludeArchived = false) : IQuery<IReadOnlyList<RefusalReasonDto>>;

internal sealed class ListRefusalReasonsHandler(IReadRepository<RefusalReason> reasons) : IRequestHandler<ListRefusalReasonsQuery, IReadOnlyList<RefusalReasonDto>>
{
    public async Task<IReadOnlyList<RefusalReasonDto>> Handle(ListRefusalReasonsQuery query, CancellationToken cancellationToken) =>
        (await reasons.ListAsync(new RefusalReasonsSpec(query.IncludeArchived), cancellationToken)).Select(RefusalReasonDto.From).ToList();
}
