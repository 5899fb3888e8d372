using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>
/// A released definition ready to run: blocks by id and every condition parsed once. Versions never change, so
/// a graph is built once per version and shared by all its instances.
/// </summary>
public sealed class ProcessGraph
{
    private readonly Dictionary<string, BlockDefinition> _blocks;
    private readonly Dictionary<string, Condition> _conditions;
    private readonly Dictionary<string, IReadOnlyList<(Condition Condition, ClosingCondition Closing)>> _closings;

    public ProcessGraph(Guid versionId, ProcessDocument document)
    {
        VersionId = versionId;
        Document = document;
        _blocks = document.Blocks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _conditions = document.Blocks.Where(b => !string.IsNullOrWhiteSpace(b.Condition))
            .ToDictionary(b => b.Id, b => Condition.Parse(b.Condition ?? string.Empty), StringComparer.Ordinal);
        _closings = document.Blocks.Where(b => b.ClosesWhen is { Count: > 0 }).ToDictionary(
            b => b.Id,
            b => (IReadOnlyList<(Condition, ClosingCondition)>)b.ClosesWhen!.Select(c => (Condition.Parse(c.Condition), c)).ToList(),
            StringComparer.Ordinal);
        EntryCondition = string.IsNullOrWhiteSpace(document.Condition) ? null : Condition.Parse(document.Condition);
        Start = document.Blocks.Single(b => b.Type == BlockTypes.Start);
    }

    public Guid VersionId { get; }

    public ProcessDocument Document { get; }

    public BlockDefinition Start { get; }

    public Condition? EntryCondition { get; }

    public BlockDefinition Block(string id) =>
        _blocks.TryGetValue(id, out var block) ? block : throw new InvalidOperationException($"Block '{id}' is not in version {VersionId}.");

    public Condition ConditionOf(BlockDefinition block) => _conditions[block.Id];

    /// <summary>The block's conditions for closing its task by itself, in the order written (none for most blocks).</summary>
    public IReadOnlyList<(Condition Condition, ClosingCondition Closing)> ClosingsOf(BlockDefinition block) =>
        _closings.TryGetValue(block.Id, out var closings) ? closings : [];

    /// <summary>Whether an object with these facts may enter the process.</summary>
    public bool Admits(IFactSource facts) => EntryCondition?.Holds(facts) ?? true;
}
