using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances;

public sealed record TokenDto(Guid Id, string BlockId, TokenStatus Status, WaitKind Wait, int Attempts, string? LastError);

public sealed record TraceDto(int Step, DateTimeOffset At, string BlockId, string BlockType, string? Exit, Guid? EmployeeId, string? Comment, string? Detail);

public sealed record IncidentDto(string Error, DateTimeOffset At);

public sealed record InstanceSummary(
    Guid Id, Guid DefinitionId, string ProcessName, int Version, ObjectReference Object, InstanceState State, string? Outcome,
    bool IsTestRun, bool HasIncident, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

public sealed record InstanceDto(
    InstanceSummary Summary,
    Guid? ParentId,
    IReadOnlyList<TokenDto> Tokens,
    IReadOnlyDictionary<string, decimal> Counters,
    IncidentDto? Incident,
    IReadOnlyList<TraceDto> Trace);

public sealed record GetInstanceQuery(Guid Id) : IQuery<InstanceDto>;

/// <summary>Instances by object, definition or state, most recent first.</summary>
public sealed record ListInstancesQuery(string? ObjectType, string? ObjectId, Guid? DefinitionId, InstanceState? State, bool? WithIncident, int? Skip, int? Limit)
    : IQuery<IReadOnlyList<InstanceSummary>>;

public sealed record OfferedActionDto(string Module, string Name, string ObjectType, string Description, IReadOnlyList<string> Parameters);

public sealed record ListOfferedActionsQuery : IQuery<IReadOnlyList<OfferedActionDto>>;

internal sealed class ListInstancesValidator : AbstractValidator<ListInstancesQuery>
{
    public ListInstancesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Skip).GreaterThanOrEqualTo(0);
        RuleFor(q => q.State).IsInEnum();
    }
}

internal sealed class InstanceQueryHandlers(IEngineStore store, IReadRepository<ProcessInstance> instances, ICurrentEmployee reader) :
    IRequestHandler<GetInstanceQuery, InstanceDto>,
    IRequestHandler<ListInstancesQuery, IReadOnlyList<InstanceSummary>>,
    IRequestHandler<ListOfferedActionsQuery, IReadOnlyList<OfferedActionDto>>
{
    public async Task<InstanceDto> Handle(GetInstanceQuery query, CancellationToken cancellationToken)
    {
        var id = new ProcessInstanceId(query.Id);
        var instance = await instances.FirstOrDefaultAsync(new InstancesSpec(id), cancellationToken) ?? throw new NotFoundException("Process instance", query.Id);
        var trace = await store.TraceAsync(id, cancellationToken);
        return new InstanceDto(
            Summary(instance),
            instance.ParentId?.Value,
            instance.Tokens.Select(t => new TokenDto(t.Id, t.BlockId, t.Status, t.Wait, t.Attempts, t.LastError)).ToList(),
            instance.Counters,
            instance.IncidentError is null ? null : new IncidentDto(instance.IncidentError, reader.Show(instance.IncidentAtUtc!.Value)),
            trace.Select(t => new TraceDto(t.Sequence, reader.Show(t.AtUtc), t.BlockId, t.BlockType, t.Exit, t.EmployeeId, t.Comment, t.Detail)).ToList());
    }

    public async Task<IReadOnlyList<InstanceSummary>> Handle(ListInstancesQuery query, CancellationToken cancellationToken) =>
        (await instances.ListAsync(new InstancesSpec(query), cancellationToken)).Select(Summary).ToList();

    public async Task<IReadOnlyList<OfferedActionDto>> Handle(ListOfferedActionsQuery query, CancellationToken cancellationToken) =>
        (await store.OfferedActionsAsync(cancellationToken))
            .Select(a => new OfferedActionDto(a.Module, a.Name, a.ObjectType, a.Description, a.Parameters.Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    private InstanceSummary Summary(ProcessInstance i) => new(
        i.Id.Value, i.DefinitionId.Value, i.ProcessName, i.VersionNumber, new ObjectReference(i.ObjectType, i.ObjectId), i.State, i.Outcome,
        i.IsTestRun, i.IncidentError is not null, reader.Show(i.StartedAtUtc), i.EndedAtUtc is { } ended ? reader.Show(ended) : null);
}

internal sealed class InstancesSpec : Specification<ProcessInstance>
{
    public InstancesSpec(ProcessInstanceId id) => Query.Where(i => i.Id == id);

    public InstancesSpec(ListInstancesQuery query)
    {
        var type = query.ObjectType?.ToLowerInvariant();
        var definition = new ProcessDefinitionId(query.DefinitionId ?? Guid.Empty);
        Query.Where(i => i.ObjectType == type, type is not null)
            .Where(i => i.ObjectId == query.ObjectId, query.ObjectId is not null)
            .Where(i => i.DefinitionId == definition, query.DefinitionId is not null)
            .Where(i => i.State == query.State, query.State is not null)
            .Where(i => i.IncidentError != null, query.WithIncident == true)
            .OrderByDescending(i => i.StartedAtUtc)
            .Skip(query.Skip ?? 0)
            .Take(query.Limit ?? 50);
    }
}
