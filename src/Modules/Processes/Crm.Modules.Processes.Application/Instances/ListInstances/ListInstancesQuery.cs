using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Processes.Domain.Instances;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.ListInstances;

/// <summary>Instances by object, definition or state, most recent first.</summary>
public sealed record ListInstancesQuery(string? ObjectType, string? ObjectId, Guid? DefinitionId, InstanceState? State, bool? WithIncident, int? Skip, int? Limit)
    : IQuery<IReadOnlyList<InstanceSummary>>;

internal sealed class ListInstancesValidator : AbstractValidator<ListInstancesQuery>
{
    public ListInstancesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.State).IsInEnum();
    }
}

internal sealed class ListInstancesHandler(IReadRepository<ProcessInstance> instances, ICurrentEmployee reader)
    : IRequestHandler<ListInstancesQuery, IReadOnlyList<InstanceSummary>>
{
    public async Task<IReadOnlyList<InstanceSummary>> Handle(ListInstancesQuery query, CancellationToken cancellationToken) =>
        (await instances.ListAsync(new InstancesSpec(query), cancellationToken)).Select(i => InstanceSummary.Of(i, reader)).ToList();
}
