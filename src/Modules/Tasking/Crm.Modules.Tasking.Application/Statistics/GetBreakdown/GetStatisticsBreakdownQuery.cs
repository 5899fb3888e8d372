using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.TaskTypes;
using MediatR;

namespace Crm.Modules.Tasking.Application.Statistics.GetBreakdown;

public enum StatisticsGrouping
{
    Manager,
    Process,
    ManagerAndProcess,
    Status,
    Type,
}

/// <summary>
/// The scope's figures per manager (the employee holding the task; "none" for nobody), per process ("none" for
/// manual tasks), per both (key "manager/process"), per status or per task type.
/// </summary>
public sealed record GetStatisticsBreakdownQuery(StatisticsScope Scope, StatisticsGrouping By) : IQuery<StatisticsReport>, IStatisticsQuery;

internal sealed class GetStatisticsBreakdownValidator : StatisticsQueryValidator<GetStatisticsBreakdownQuery>;

internal sealed class GetStatisticsBreakdownHandler(
    StatisticsReader statistics, StaffLookup staff, IReadRepository<TaskingProcess> processes, IReadRepository<TaskType> types)
    : IRequestHandler<GetStatisticsBreakdownQuery, StatisticsReport>
{
    public const string None = "none";

    public async Task<StatisticsReport> Handle(GetStatisticsBreakdownQuery query, CancellationToken cancellationToken)
    {
        var scope = query.Scope;
        switch (query.By)
        {
            case StatisticsGrouping.Manager:
                var byManager = await statistics.TallyAsync(scope, t => t.AssigneeId, cancellationToken);
                var managers = await ManagerNamesAsync(byManager.Groups.Select(g => g.Key), cancellationToken);
                return StatisticsReport.Ranked(byManager, managers);
            case StatisticsGrouping.Process:
                var byProcess = await statistics.TallyAsync(scope, t => (Guid?)t.Process!.DefinitionId, cancellationToken);
                return StatisticsReport.Ranked(byProcess, await ProcessNamesAsync(byProcess.Groups.Select(g => g.Key), cancellationToken));
            case StatisticsGrouping.ManagerAndProcess:
                var byBoth = await statistics.TallyAsync(scope, t => new { Manager = t.AssigneeId, Process = (Guid?)t.Process!.DefinitionId }, cancellationToken);
                var manager = await ManagerNamesAsync(byBoth.Groups.Select(g => g.Key.Manager), cancellationToken);
                var process = await ProcessNamesAsync(byBoth.Groups.Select(g => g.Key.Process), cancellationToken);
                return StatisticsReport.Ranked(byBoth, k => Pair(manager(k.Manager), process(k.Process)));
            case StatisticsGrouping.Status:
                return StatisticsReport.Ranked(await statistics.TallyAsync(scope, t => t.Status, cancellationToken), s => (s.ToString(), s.ToString()));
            default:
                var byType = await statistics.TallyAsync(scope, t => t.TypeId, cancellationToken);
                var named = (await types.ListAsync(new TaskTypesSpec([.. byType.Groups.Select(g => g.Key)]), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
                return StatisticsReport.Ranked(byType, id => (id.Value.ToString(), named.GetValueOrDefault(id, "?")));
        }
    }

    private static (string Key, string Label) Pair((string Key, string Label) first, (string Key, string Label) second) =>
        ($"{first.Key}/{second.Key}", $"{first.Label} / {second.Label}");

    private async Task<Func<EmployeeId?, (string, string)>> ManagerNamesAsync(IEnumerable<EmployeeId?> ids, CancellationToken cancellationToken)
    {
        var names = await staff.NamesAsync(ids, cancellationToken);
        return id => id is { } some ? (some.Value.ToString(), names.GetValueOrDefault(some, "?")) : (None, "Nobody");
    }

    private async Task<Func<Guid?, (string, string)>> ProcessNamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var known = ids.OfType<Guid>().Distinct().ToList();
        var names = known.Count == 0 ? [] : (await processes.ListAsync(new ProcessesSpec(known), cancellationToken)).ToDictionary(p => p.Id.Value, p => p.Name);
        return id => id is { } some ? (some.ToString(), names.GetValueOrDefault(some, "?")) : (None, "No process (manual tasks)");
    }
}
