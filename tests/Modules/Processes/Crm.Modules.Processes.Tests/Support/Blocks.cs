using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Tests.Support;

/// <summary>Short ways to write definitions in tests.</summary>
public static class Blocks
{
    public static Dictionary<string, string> Exits(params (string Exit, string Target)[] exits) => exits.ToDictionary(e => e.Exit, e => e.Target);

    public static BlockDefinition Start(string next) => new() { Id = "start", Type = BlockTypes.Start, Exits = Exits(("next", next)) };

    public static BlockDefinition Finish(string id, string outcome) => new() { Id = id, Type = BlockTypes.Finish, Outcome = outcome };

    public static BlockDefinition Question(string id, string title, params (string Answer, string Target)[] answers) => new()
    {
        Id = id,
        Type = BlockTypes.Question,
        Title = title,
        Answers = answers.Select(a => new AnswerDefinition(a.Answer, a.Answer)).ToList(),
        Exits = Exits(answers),
    };

    public static BlockDefinition Action(string id, string action, string next, Dictionary<string, string?>? parameters = null, bool confirm = false, string? skipped = null) => new()
    {
        Id = id,
        Type = BlockTypes.Action,
        Module = TestObjects.Module,
        Action = action,
        Parameters = parameters,
        Confirm = confirm,
        Exits = skipped is null ? Exits(("next", next)) : Exits(("next", next), ("skipped", skipped)),
    };

    public static ProcessDocument Process(string name, params BlockDefinition[] blocks) => new()
    {
        Name = name,
        ObjectType = TestObjects.ObjectType,
        Entry = new EntryRule { Kind = EntryKinds.Manual },
        Priority = 5,
        Blocks = blocks,
    };
}
