using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>What a block's validation may know and how it reports: problems name the block they concern.</summary>
internal sealed class BlockCheck(BlockDefinition block, string objectType, Guid self, IDefinitionContext context, List<DefinitionProblem> problems)
{
    /// <summary>The kind of object the process runs on.</summary>
    public string ObjectType => objectType;

    /// <summary>The definition being checked (a subprocess must not call it back).</summary>
    public Guid Self => self;

    public IDefinitionContext Context => context;

    public void Problem(string code, string message) => problems.Add(new(code, message, block.Id));

    public void RequireExit(string exit, string? why = null)
    {
        if (block.Exits is null || !block.Exits.ContainsKey(exit))
        {
            problems.Add(new("exit.missing", why ?? $"The {block.Type} block needs an exit '{exit}'.", block.Id, exit));
        }
    }

    public void RequireCondition(string what) => RequireCondition(block.Condition, what);

    public void RequireCondition(string? condition, string what) => DefinitionValidator.CheckCondition(condition, block, what, problems, required: true);
}
