using Crm.Modules.Processes.Domain.Blocks;
using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>One fault of a definition, pointing at the block and exit it concerns.</summary>
public sealed record DefinitionProblem(string Code, string Message, string? BlockId = null, string? Exit = null);

/// <summary>What validation needs to know beyond the document itself.</summary>
public interface IDefinitionContext
{
    /// <summary>Whether the module offers this action on objects of this type.</summary>
    bool IsOffered(string module, string action, string objectType);

    /// <summary>Subprocess definitions this one may call: null when the id is unknown.</summary>
    SubprocessInfo? FindSubprocess(Guid definitionId);
}

/// <summary>A callable definition: the outcomes its finish blocks end with and the definitions it calls itself.</summary>
public sealed record SubprocessInfo(IReadOnlyCollection<string> Outcomes, IReadOnlyCollection<Guid> Calls);

/// <summary>
/// Checks a definition before it is saved or activated and reports every fault precisely: unknown block types,
/// exits without a (known) target, unreachable blocks, a missing or doubled start, subprocesses calling themselves,
/// conditions that do not parse (with the position), actions no module offers, answers without an exit.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<DefinitionProblem> Validate(ProcessDocument document, Guid self, IDefinitionContext context)
    {
        var problems = new List<DefinitionProblem>();
        ValidateSettings(document, problems);
        var blocks = IndexBlocks(document, problems);
        foreach (var block in document.Blocks.Where(b => BlockCatalog.IsKnown(b.Type)))
        {
            ValidateExitTargets(block, blocks, problems);
            BlockCatalog.Behaviour(block.Type).Validate(block, new BlockCheck(block, document.ObjectType, self, context, problems));
        }

        ValidateStartAndReachability(document, blocks, problems);
        return problems;
    }

    private static void ValidateSettings(ProcessDocument document, List<DefinitionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(document.Name))
        {
            problems.Add(new("definition.name-missing", "The process needs a name."));
        }

        if (string.IsNullOrWhiteSpace(document.ObjectType))
        {
            problems.Add(new("definition.object-type-missing", "Say which kind of object the process runs on (e.g. order)."));
        }

        CheckCondition(document.Condition, null, "entry condition", problems);
        var entry = document.Entry;
        if (!EntryKinds.All.Contains(entry.Kind))
        {
            problems.Add(new("entry.unknown-rule", $"Unknown entry rule '{entry.Kind}'; use one of {string.Join(", ", EntryKinds.All)}."));
        }
        else if (entry.Kind == EntryKinds.OnFact && string.IsNullOrWhiteSpace(entry.Fact))
        {
            problems.Add(new("entry.fact-missing", "An on-fact entry rule names the fact (e.g. page-visited)."));
        }
        else if (entry.Kind == EntryKinds.Periodic && entry.EveryMinutes is null or < 1)
        {
            problems.Add(new("entry.period-missing", "A periodic entry rule needs everyMinutes of at least 1."));
        }

        if (document.Schedule is { } schedule && (!TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out _) || schedule.From >= schedule.To || schedule.Days.Count == 0))
        {
            problems.Add(new("schedule.invalid", "The schedule needs a known IANA time zone, at least one day, and From before To."));
        }
    }

    private static Dictionary<string, BlockDefinition> IndexBlocks(ProcessDocument document, List<DefinitionProblem> problems)
    {
        var blocks = new Dictionary<string, BlockDefinition>(StringComparer.Ordinal);
        foreach (var block in document.Blocks)
        {
            if (string.IsNullOrWhiteSpace(block.Id))
            {
                problems.Add(new("block.id-missing", $"A {block.Type} block has no id."));
            }
            else if (!blocks.TryAdd(block.Id, block))
            {
                problems.Add(new("block.duplicate-id", $"Two blocks are called '{block.Id}'.", block.Id));
            }

            if (!BlockCatalog.IsKnown(block.Type))
            {
                problems.Add(new("block.unknown-type", $"Unknown block type '{block.Type}'.", block.Id));
            }
        }

        return blocks;
    }

    private static void ValidateExitTargets(BlockDefinition block, Dictionary<string, BlockDefinition> blocks, List<DefinitionProblem> problems)
    {
        foreach (var (exit, target) in block.Exits ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                problems.Add(new("exit.no-target", $"Exit '{exit}' leads nowhere.", block.Id, exit));
            }
            else if (!blocks.ContainsKey(target))
            {
                problems.Add(new("exit.unknown-target", $"Exit '{exit}' leads to '{target}', which is not a block.", block.Id, exit));
            }
        }

        foreach (var branch in block.Branches ?? [])
        {
            if (!blocks.ContainsKey(branch))
            {
                problems.Add(new("exit.unknown-target", $"Branch to '{branch}', which is not a block.", block.Id, branch));
            }
        }
    }

    private static void ValidateStartAndReachability(ProcessDocument document, Dictionary<string, BlockDefinition> blocks, List<DefinitionProblem> problems)
    {
        var starts = document.Blocks.Where(b => b.Type == BlockTypes.Start).ToList();
        if (starts.Count == 0)
        {
            problems.Add(new("start.missing", "The process needs one start block."));
            return;
        }

        if (starts.Count > 1)
        {
            problems.Add(new("start.doubled", $"The process has {starts.Count} start blocks; it needs exactly one.", starts[1].Id));
        }

        // A start without a usable id was reported as block.id-missing; the walk begins at the starts the index holds.
        var reached = new HashSet<string>(starts.Select(s => s.Id).Where(blocks.ContainsKey), StringComparer.Ordinal);
        var pending = new Queue<string>(reached);
        while (pending.TryDequeue(out var id))
        {
            var block = blocks[id];
            foreach (var next in (block.Exits?.Values ?? []).Concat(block.Branches ?? []).Where(blocks.ContainsKey))
            {
                if (reached.Add(next))
                {
                    pending.Enqueue(next);
                }
            }
        }

        problems.AddRange(blocks.Keys.Where(id => !reached.Contains(id))
            .Select(id => new DefinitionProblem("block.unreachable", $"No path from the start reaches '{id}'.", id)));
    }

    internal static void CheckCondition(string? condition, BlockDefinition? block, string what, List<DefinitionProblem> problems, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(condition))
        {
            if (required)
            {
                problems.Add(new("condition.missing", $"The {what} is missing.", block?.Id));
            }

            return;
        }

        if (Condition.Check(condition) is { } error)
        {
            problems.Add(new("condition.invalid", $"The {what} does not parse: {error}", block?.Id));
        }
    }
}
