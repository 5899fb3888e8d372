namespace Crm.Modules.Processes.Domain.Definitions;

/// <summary>The block types' names and the exits they have; what each type does is its behaviour in Blocks/.</summary>
public static class BlockTypes
{
    public const string Start = "start";
    public const string Fork = "fork";
    public const string Wait = "wait";
    public const string Watch = "watch";
    public const string Delay = "delay";
    public const string Condition = "condition";
    public const string Question = "question";
    public const string Call = "call";
    public const string Task = "task";
    public const string Action = "action";
    public const string Counter = "counter";
    public const string Subprocess = "subprocess";
    public const string Finish = "finish";

    public const string Next = "next";
    public const string True = "true";
    public const string False = "false";
    public const string Holds = "holds";
    public const string LimitReached = "limit";
    public const string Skipped = "skipped";
    public const string Confirmed = "confirm";

    public const string AnswerMoment = "answer-moment";

    public static readonly IReadOnlyList<string> Outcomes = ["positive", "neutral", "negative"];

    public static bool IsHuman(string type) => type is Question or Call or Task;
}

/// <summary>What kind of work a person is asked for (the same words travel in the human-task contract).</summary>
public static class HumanTaskKinds
{
    public const string Question = BlockTypes.Question;
    public const string Call = BlockTypes.Call;
    public const string Task = BlockTypes.Task;
    public const string ConfirmAction = "confirm-action";
}
