using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Blocks;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Definitions.Rules;
using Crm.Modules.Processes.Domain.Instances.Rules;
using Crm.Modules.Processes.Tests.Support;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>What each block type must say before a definition is saved, and the definition aggregate's rules.</summary>
public sealed class DefinitionTests
{
    private static readonly DateTime Now = EngineRun.Start;
    private static readonly Guid Self = Guid.NewGuid();
    private static readonly Guid Callee = Guid.NewGuid();
    private static readonly Guid CallsBack = Guid.NewGuid();

    /// <summary>The test module offers its actions on test orders; one callee ends with "reached", another calls this process.</summary>
    private sealed class Context : IDefinitionContext
    {
        public bool IsOffered(string module, string action, string objectType) => module == TestObjects.Module && objectType == TestObjects.ObjectType;

        public SubprocessInfo? FindSubprocess(Guid definitionId) =>
            definitionId == Callee ? new SubprocessInfo(["reached"], []) : definitionId == CallsBack ? new SubprocessInfo(["done"], [Self]) : null;
    }

    /// <summary>The problems of a process that starts at <paramref name="block"/>, whose exits all lead to "end".</summary>
    private static IReadOnlyList<DefinitionProblem> ProblemsOf(BlockDefinition block) =>
        DefinitionValidator.Validate(Process("Check", Start(block.Id), block, Finish("end", "positive")), Self, new Context());

    private static BlockDefinition Block(string type, params string[] exits) =>
        new() { Id = "b", Type = type, Exits = exits.ToDictionary(e => e, _ => "end") };

    public static TheoryData<BlockDefinition, string, string?> Faults() => new()
    {
        { Block(BlockTypes.Fork) with { Branches = ["end"] }, "fork.branches-missing", null },
        { Block(BlockTypes.Wait), "condition.missing", null },
        { Block(BlockTypes.Watch) with { Condition = "paid = " }, "condition.invalid", null },
        { Block(BlockTypes.Wait, "holds") with { Condition = "paid", Limit = TimeSpan.FromDays(1) }, "exit.missing", "limit" },
        { Block(BlockTypes.Delay, "next"), "delay.duration-missing", null },
        { Block(BlockTypes.Condition, "true") with { Condition = "paid" }, "exit.missing", "false" },
        { Block(BlockTypes.Question, "yes") with { Answers = [new("yes", "Yes")] }, "human.title-missing", null },
        { Block(BlockTypes.Call) with { Title = "Call" }, "answers.missing", null },
        { Block(BlockTypes.Question, "yes") with { Title = "Ask", Answers = [new("yes", "Yes"), new("YES", "Yes!")] }, "answers.duplicate", null },
        { Block(BlockTypes.Question) with { Title = "Ask", Answers = [new("yes", "Yes")] }, "exit.missing", "yes" },
        { Block(BlockTypes.Task, "done") with { Results = ["done"] }, "task.type-missing", null },
        { Block(BlockTypes.Task) with { TaskTypeId = Guid.NewGuid() }, "task.results-missing", null },
        { Block(BlockTypes.Action, "next"), "action.missing", null },
        { Block(BlockTypes.Action, "next") with { Module = "sales", Action = "teleport" }, "action.not-offered", null },
        { Block(BlockTypes.Action, "next") with { Module = TestObjects.Module, Action = "send", Confirm = true }, "exit.missing", "skipped" },
        { Block(BlockTypes.Counter, "next") with { Operation = CounterOperations.Increment }, "counter.name-missing", null },
        { Block(BlockTypes.Counter, "next") with { Counter = "calls", Operation = CounterOperations.Set }, "counter.value-missing", null },
        { Block(BlockTypes.Counter, "true", "false") with { Counter = "calls", Operation = CounterOperations.Compare, Operator = "=>", Value = 1 }, "counter.comparison-invalid", null },
        { Block(BlockTypes.Counter, "next") with { Counter = "calls", Operation = "double" }, "counter.operation-unknown", null },
        { Block(BlockTypes.Subprocess), "subprocess.definition-missing", null },
        { Block(BlockTypes.Subprocess) with { DefinitionId = Self }, "subprocess.calls-itself", null },
        { Block(BlockTypes.Subprocess, "done") with { DefinitionId = CallsBack }, "subprocess.calls-itself", null },
        { Block(BlockTypes.Subprocess) with { DefinitionId = Guid.NewGuid() }, "subprocess.unknown", null },
        { Block(BlockTypes.Subprocess) with { DefinitionId = Callee }, "exit.missing", "reached" },
        { Block(BlockTypes.Finish), "finish.outcome-missing", null },
        { Block("teleport", "next"), "block.unknown-type", null },
        { Block(BlockTypes.Task, "done") with { TaskTypeId = Guid.NewGuid(), Results = ["done"], ClosesWhen = [new("paid = true", "paid")] }, "closes-when.result-unknown", null },
        { Block(BlockTypes.Question, "yes") with { Title = "Ask", Answers = [new("yes", "Yes")], ClosesWhen = [new("paid = ", "yes")] }, "condition.invalid", null },
        { Block(BlockTypes.Call, "yes") with { Title = "Call", Answers = [new("yes", "Yes")], ClosesWhen = [new(" ", "yes")] }, "condition.missing", null },
        { Block(BlockTypes.Question, "later") with { Title = "Ask", Answers = [new("later", "Later", AsksForMoment: true)], ClosesWhen = [new("paid", "later")] }, "closes-when.needs-a-person", null },
        { Block(BlockTypes.Task, "done") with { TaskTypeId = Guid.NewGuid(), Results = ["done"], DueAt = "the client's moment" }, "due-at.invalid", null },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Each_block_type_reports_what_it_lacks_on_the_block(BlockDefinition block, string code, string? exit)
    {
        var problem = Assert.Single(ProblemsOf(block), p => p.Code == code);

        Assert.Equal(("b", exit), (problem.BlockId, problem.Exit));
    }

    public static TheoryData<BlockDefinition> Sound() => new()
    {
        Block(BlockTypes.Wait, "holds", "limit") with { Condition = "paid", Limit = TimeSpan.FromDays(1) },
        Block(BlockTypes.Delay, "next") with { Until = BlockTypes.AnswerMoment },
        Block(BlockTypes.Call, "yes", "no") with { Title = "Call", Answers = [new("yes", "Yes"), new("no", "No")] },
        Block(BlockTypes.Task, "done") with { TaskTypeId = Guid.NewGuid(), Results = ["done"] },
        Block(BlockTypes.Task, "done", "booked") with { TaskTypeId = Guid.NewGuid(), Results = ["done", "booked"], ClosesWhen = [new("booking.id is not null", "booked")], DueAt = "moment" },
        Block(BlockTypes.Question, "yes") with { Title = "Ask", Answers = [new("yes", "Yes")], DueAt = BlockTypes.AnswerMoment },
        Block(BlockTypes.Action, "next", "skipped") with { Module = TestObjects.Module, Action = "send", Confirm = true },
        Block(BlockTypes.Counter, "true", "false") with { Counter = "calls", Operation = CounterOperations.Compare, Operator = CounterOperators.Less, Value = 3 },
        Block(BlockTypes.Subprocess, "reached") with { DefinitionId = Callee },
    };

    [Theory]
    [MemberData(nameof(Sound))]
    public void A_block_that_says_all_its_type_needs_passes(BlockDefinition block) => Assert.Empty(ProblemsOf(block));

    [Fact]
    public void A_released_definition_keeps_its_object_type_and_is_stopped_not_deleted()
    {
        var definition = ProcessDefinition.Create(new ProcessDefinitionId(Guid.NewGuid()), Process("P", Start("end"), Finish("end", "positive")), Now);
        AssertBroken<DefinitionMustBeActiveRule>(() => definition.Stop(Now), BusinessRuleKind.Conflict);
        definition.Discard(); // never released: it may go
        definition.Edit(definition.Draft with { ObjectType = "client" }, Now);

        Assert.Equal(1, definition.Activate(Now)!.Number);
        Assert.Null(definition.Activate(Now)); // nothing changed since: no new version

        var rule = AssertBroken<ObjectTypeCannotChangeOnceReleasedRule>(() => definition.Edit(definition.Draft with { ObjectType = "order" }, Now));
        Assert.Equal("definition.object-type-fixed", rule.Code);
        definition.Edit(definition.Draft with { Name = "P2", ObjectType = "Client" }, Now); // the same type, another case
        AssertBroken<OnlyUnreleasedDefinitionsCanBeDeletedRule>(definition.Discard, BusinessRuleKind.Conflict);
        definition.Stop(Now);
        Assert.Equal(DefinitionState.Stopped, definition.State);
        Assert.Equal(2, definition.Activate(Now)!.Number);
    }

    [Fact]
    public void One_running_instance_per_object_is_a_conflict()
    {
        var rule = new OneRunningInstancePerObjectRule();

        Assert.Equal(("instance.already-running", BusinessRuleKind.Conflict, true), (rule.Code, rule.Kind, rule.IsBroken()));
    }
}
