using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Instances;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.GetInstance;

/// <summary>An instance with its tokens, counters, incident and the trace of every step.</summary>
public sealed record GetInstanceQuery(Guid Id) : IQuery<InstanceDto>;

internal sealed class GetInstanceHandler(IEngineStore store, IReadRepository<ProcessInstance> instances, ICurrentEmployee reader)
    : IRequestHandler<GetInstanceQuery, InstanceDto>
{
    public async Task<InstanceDto> Handle(GetInstanceQuery query, CancellationToken cancellationToken)
    {
        var id = new ProcessInstanceId(query.Id);
        var instance = await instances.FirstOrNotFoundAsync(new InstancesSpec(id), InstanceLoading.What, query.Id, cancellationToken);
        var trace = await store.TraceAsync(id, cancellationToken);
        return new InstanceDto(
            InstanceSummary.Of(instance, reader),
            instance.ParentId?.Value,
            instance.Tokens.Select(t => new TokenDto(t.Id, t.BlockId, t.Status, t.Wait, t.Attempts, t.LastError)).ToList(),
            instance.Counters,
            instance.IncidentError is null ? null : new IncidentDto(instance.IncidentError, reader.Show(instance.IncidentAtUtc!.Value)),
            trace.Select(t => new TraceDto(t.Sequence, reader.Show(t.AtUtc), t.BlockId, t.BlockType, t.Exit, t.EmployeeId, t.Comment, t.Detail)).ToList());
    }
}
