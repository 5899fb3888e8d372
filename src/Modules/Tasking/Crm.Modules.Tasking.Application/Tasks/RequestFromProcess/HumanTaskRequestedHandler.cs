using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks.RequestFromProcess;

/// <summary>
/// A process block asks for a person's work: one task per request id, addressed to the process's executors (or to the
/// one employee the process names by a fact), with
/// the block's answers as its results (a plain "task" block naming a type uses that type's results instead).
/// The process's name, priority, inbox flag and executors are refreshed from every request.
/// </summary>
internal sealed class HumanTaskRequestedHandler(
    IUnitOfWorkLocator unitOfWorks,
    IRepository<WorkTask> tasks,
    IRepository<TaskingProcess> processes,
    IReadRepository<TaskType> types,
    ITaskNumbers numbers,
    TimeProvider clock) : IntegrationEventHandler<HumanTaskRequestedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(HumanTaskRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await tasks.AnyAsync(new TaskForProcessRequestSpec(request.RequestId), cancellationToken))
        {
            return; // the same request again (the engine retried): the task exists already
        }

        await DescribeProcessAsync(request, cancellationToken);
        var kind = ProcessTaskKinds.From(request.Kind);
        var ownType = request.TaskTypeId is { } typeId && kind == TaskKind.Task
            ? await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(new TaskTypeId(typeId)), cancellationToken)
            : null;
        var type = ownType ?? await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(BuiltInTaskTypes.ForKind(kind)), cancellationToken)
            ?? throw new InvalidOperationException("The built-in task types are missing; were migrations applied?");
        var now = clock.GetUtcNow().UtcDateTime;
        var details = new NewTaskDetails(
            request.Title, request.Script, new Subject(request.Subject.Type, request.Subject.Id),
            AddresseeOf(request), request.DueAtUtc, request.Priority)
        {
            Kind = kind,
            Process = new ProcessLink(request.ProcessInstanceId, request.ProcessDefinitionId, request.ProcessName, request.BlockId, request.RequestId),
            HiddenFromInbox = request.HiddenFromInbox,
            ReactionTime = request.NormalReactionTime,
            Answers = ownType is null ? request.Answers.Select(a => new TaskAnswer(a.Code, a.Label, a.AsksForMoment, a.RequiresComment)).ToList() : null,
        };
        tasks.Add(WorkTask.Create(new TaskId(Guid.NewGuid()), await numbers.NextAsync(cancellationToken), type, details, null, now));
    }

    /// <summary>The employee the process named (the order's manager), else the process's executors.</summary>
    private static Addressee AddresseeOf(HumanTaskRequestedIntegrationEvent request) => request.EmployeeId is { } employee
        ? new Addressee(AddresseeKind.Employee, employee)
        : new Addressee(AddresseeKind.ProcessExecutors, request.ProcessDefinitionId);

    private async Task DescribeProcessAsync(HumanTaskRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var id = new ProcessId(request.ProcessDefinitionId);
        var process = await processes.FirstOrDefaultAsync(new ProcessByIdSpec(id, forUpdate: true), cancellationToken);
        if (process is null)
        {
            process = TaskingProcess.Register(id, request.ProcessName);
            processes.Add(process);
        }

        process.Describe(request.ProcessName, request.Priority, request.HiddenFromInbox, request.Executors.Select(ProcessTaskKinds.Executor).OfType<ProcessExecutor>());
    }
}

/// <summary>The engine's strings for kinds of tasks and executors, in Tasking's terms.</summary>
internal static class ProcessTaskKinds
{
    public static TaskKind From(string kind) => kind switch
    {
        HumanTaskRequestedIntegrationEvent.QuestionKind => TaskKind.Question,
        HumanTaskRequestedIntegrationEvent.CallKind => TaskKind.Call,
        HumanTaskRequestedIntegrationEvent.ConfirmActionKind => TaskKind.ConfirmAction,
        _ => TaskKind.Task,
    };

    /// <summary>Null for a kind Tasking does not know: such an executor gives nobody access.</summary>
    public static ProcessExecutor? Executor(ExecutorReference executor) =>
        Enum.TryParse<ExecutorKind>(executor.Kind, ignoreCase: true, out var kind) ? new ProcessExecutor(kind, executor.Id) : null;
}
