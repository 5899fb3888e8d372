using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Tests.Support;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>
/// One instance of a hand-built process run in memory: the engine is a function of the instance, the graph and the
/// context that returns effects, so these tests call it directly (no host, no database) and read what it returned.
/// </summary>
internal sealed class EngineRun
{
    public static readonly DateTime Start = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc); // a Monday

    private EngineRun(ProcessDocument document, EngineSettings settings, DateTime now, IEnumerable<(string Name, FactValue Value)> facts, ProcessInstanceId? parent, Guid? parentToken)
    {
        Settings = settings;
        Now = now;
        foreach (var (name, value) in facts)
        {
            Facts[name] = value;
        }

        var version = ProcessVersion.Release(new ProcessDefinitionId(Guid.NewGuid()), 1, document, now);
        Graph = new ProcessGraph(version.Id.Value, document);
        Instance = ProcessInstance.Start(new ProcessInstanceId(Guid.NewGuid()), version, TestObjects.ObjectType, "42", Context(), parent, parentToken);
        Effects = Instance.Advance(Graph, Context());
    }

    public ProcessInstance Instance { get; }

    public ProcessGraph Graph { get; }

    public EngineSettings Settings { get; }

    public DateTime Now { get; set; }

    public Dictionary<string, FactValue> Facts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the latest trigger returned.</summary>
    public IReadOnlyList<EngineEffect> Effects { get; private set; }

    /// <summary>Starts an instance of <paramref name="document"/> and runs it as far as it goes.</summary>
    public static EngineRun Of(
        ProcessDocument document, EngineSettings? settings = null, DateTime? now = null, (string Name, FactValue Value)[]? facts = null,
        ProcessInstanceId? parent = null, Guid? parentToken = null) =>
        new(document, settings ?? new EngineSettings(), now ?? Start, facts ?? [], parent, parentToken);

    public EngineContext Context() => new(Now, Facts, Settings);

    public IReadOnlyList<EngineEffect> Do(Func<ProcessInstance, ProcessGraph, EngineContext, IReadOnlyList<EngineEffect>> trigger) =>
        Effects = trigger(Instance, Graph, Context());

    public IReadOnlyList<EngineEffect> Answer(Guid request, string answer, string? comment = null, DateTime? moment = null) =>
        Do((i, g, c) => i.AnswerTask(request, answer, Manager, comment, moment, g, c));

    public IReadOnlyList<EngineEffect> Fire(ScheduleTimer timer) => Do((i, g, c) => i.FireTimer(timer.TimerId, timer.Purpose, g, c));

    public static readonly Guid Manager = Guid.NewGuid();

    /// <summary>The one effect of type <typeparamref name="T"/> the latest trigger returned.</summary>
    public T Single<T>()
        where T : EngineEffect => Xunit.Assert.Single(Effects.OfType<T>());

    /// <summary>The person-task the instance asked for most recently.</summary>
    public HumanTaskRequestedDomainEvent LastTask => Instance.DomainEvents.OfType<HumanTaskRequestedDomainEvent>().Last();

    public IReadOnlyList<string> Path => Instance.NewTraceEntries.Select(t => t.Exit is null ? t.BlockId : $"{t.BlockId}:{t.Exit}").ToList();
}
