using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>
/// One block type's whole story, in one file: what a definition must say for it (<see cref="Validate"/>) and what a
/// token does on it (<see cref="Run"/>), so the engine's assumptions sit next to the checks that guarantee them.
/// A new block type is one subclass, listed in <see cref="BlockCatalog"/>.
/// </summary>
internal abstract class BlockBehaviour
{
    /// <summary>The type names (<see cref="BlockTypes"/>) this behaviour serves.</summary>
    public abstract IReadOnlyList<string> Types { get; }

    /// <summary>Reports what the block lacks; exit targets and reachability are checked for every block alike.</summary>
    public abstract void Validate(BlockDefinition block, BlockCheck check);

    /// <summary>A token arrived on the block (or is woken on it): move it on, or make it wait.</summary>
    public abstract void Run(Token token, BlockDefinition block, ProcessInstance.Run run);

    /// <summary>A person answered the task the block asked for: by default the answer's code is the exit.</summary>
    public virtual void Answer(Token token, BlockDefinition block, ProcessInstance.Run run, Answer answer) =>
        run.Move(token, block, answer.Code, answer.Employee, answer.Comment, answer.Employee is null ? "The task closed by itself" : answer.Moment is { } moment ? $"Moment: {moment:O}" : null);

    /// <summary>
    /// A released version passed <see cref="Validate"/>, so a field it requires is there; a stored document the
    /// validator never saw stops its token with an incident that names the field rather than a null dereference.
    /// </summary>
    protected static void Missing(Token token, BlockDefinition block, ProcessInstance.Run run, string field) =>
        run.Incident(token, block, $"The {block.Type} block has no '{field}'.");
}

/// <summary>A person's answer to a task a block asked for; <see cref="Employee"/> is null when the task closed by itself.</summary>
internal sealed record Answer(string Code, Guid? Employee, string? Comment, DateTime? Moment);

/// <summary>The block behaviours by type name: the one place the engine and the validator look a block type up.</summary>
internal static class BlockCatalog
{
    private static readonly Dictionary<string, BlockBehaviour> ByType = new BlockBehaviour[]
        {
            new StartBlock(), new ForkBlock(), new WaitBlock(), new DelayBlock(), new ConditionBlock(), new QuestionBlock(),
            new TaskBlock(), new ActionBlock(), new CounterBlock(), new SubprocessBlock(), new FinishBlock(),
        }
        .SelectMany(behaviour => behaviour.Types.Select(type => (type, behaviour)))
        .ToDictionary(entry => entry.type, entry => entry.behaviour, StringComparer.Ordinal);

    public static bool IsKnown(string type) => ByType.ContainsKey(type);

    /// <summary>The behaviour of a type; an unknown one stops its token with an incident.</summary>
    public static BlockBehaviour Behaviour(string type) => ByType.GetValueOrDefault(type) ?? UnknownBlock.Instance;
}
