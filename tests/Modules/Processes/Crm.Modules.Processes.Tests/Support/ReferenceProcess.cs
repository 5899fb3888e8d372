using Crm.Modules.Processes.Domain.Definitions;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Support;

/// <summary>
/// The reference process of docs/domain ("New order processing", seed 003) and its subprocess "Call within 3
/// days", on the test object type. Block ids carry the seed's numbers. The Sales module runs the same graph on
/// real orders with its own action names.
/// </summary>
public static class ReferenceProcess
{
    private static BlockDefinition Counter(string id, string counter, string operation, decimal? value, params (string, string)[] exits) =>
        new() { Id = id, Type = BlockTypes.Counter, Counter = counter, Operation = operation, Value = value, Exits = Exits(exits) };

    private static BlockDefinition Compare(string id, string counter, string op, decimal value, string yes, string no) =>
        new() { Id = id, Type = BlockTypes.Counter, Counter = counter, Operation = "compare", Operator = op, Value = value, Exits = Exits(("true", yes), ("false", no)) };

    private static BlockDefinition Delay(string id, TimeSpan? duration, string next) =>
        new() { Id = id, Type = BlockTypes.Delay, Duration = duration, Until = duration is null ? BlockTypes.AnswerMoment : null, Exits = Exits(("next", next)) };

    private static BlockDefinition WaitFor(string id, string condition, TimeSpan? limit, string holds, string? limitReached = null) => new()
    {
        Id = id,
        Type = limit is null ? BlockTypes.Watch : BlockTypes.Wait,
        Condition = condition,
        Limit = limit,
        Exits = limitReached is null ? Exits(("holds", holds)) : Exits(("holds", holds), ("limit", limitReached)),
    };

    private static BlockDefinition If(string id, string condition, string yes, string no) =>
        new() { Id = id, Type = BlockTypes.Condition, Condition = condition, Exits = Exits(("true", yes), ("false", no)) };

    private static BlockDefinition SetStatus(string id, string status, string next) =>
        Action(id, "set-status", next, new Dictionary<string, string?> { ["status"] = status });

    private static BlockDefinition Message(string id, string template, string next, bool confirm = false) =>
        Action(id, "send-message", next, new Dictionary<string, string?> { ["template"] = template, ["to"] = "{client.phone}" }, confirm, confirm ? next : null);

    /// <summary>A: days := 0; B: calls := 0; C: call; D–F: outcomes; G–H: three calls a day, 30 min apart; J–L: three days; M: unreachable.</summary>
    public static ProcessDocument CallWithinThreeDays() => Process("Call within 3 days",
        Start("A-days"),
        Counter("A-days", "days", "set", 0, ("next", "B-calls")),
        Counter("B-calls", "calls", "set", 0, ("next", "C-call")),
        new BlockDefinition
        {
            Id = "C-call",
            Type = BlockTypes.Call,
            Title = "Call the client about the order",
            Script = "Greet, name the order, ask whether they will pay.",
            Answers = [new("reached", "Got through"), new("duplicate", "Duplicate"), new("wrong-number", "Wrong number"), new("no-answer", "No answer")],
            Exits = Exits(("reached", "D-reached"), ("duplicate", "E-duplicate"), ("wrong-number", "F-wrong"), ("no-answer", "G-count")),
        },
        Finish("D-reached", "reached"),
        Finish("E-duplicate", "duplicate"),
        Finish("F-wrong", "wrong number"),
        Counter("G-count", "calls", "increment", 1, ("next", "H-more-today")),
        Compare("H-more-today", "calls", "<", 3, "I-wait-30m", "J-more-days"),
        Delay("I-wait-30m", TimeSpan.FromMinutes(30), "C-call"),
        Compare("J-more-days", "days", "<", 2, "K-wait-day", "M-unreachable"), // days 0, 1 and 2: three days of calls
        Delay("K-wait-day", TimeSpan.FromDays(1), "L-next-day"),
        Counter("L-next-day", "days", "increment", 1, ("next", "B-calls")),
        Finish("M-unreachable", "unreachable"));

    public static ProcessDocument NewOrderProcessing(Guid callWithinThreeDays) => Process("New order processing",
        Start("2-fork"),
        new BlockDefinition { Id = "2-fork", Type = BlockTypes.Fork, Branches = ["3-wait-paid", "5-watch-cancel", "7-delay-1m"] },
        WaitFor("3-wait-paid", "paid = true", TimeSpan.FromDays(30), "4-finish-paid", "6-finish-negative"),
        Finish("4-finish-paid", "positive"),
        WaitFor("5-watch-cancel", "status = 'Cancelled'", null, "6-finish-negative"),
        Finish("6-finish-negative", "negative"),
        Delay("7-delay-1m", TimeSpan.FromMinutes(1), "8-process"),
        Question("8-process", "Process this order?", ("yes", "10-assign"), ("duplicate", "9-mark-duplicate")),
        Action("9-mark-duplicate", "mark-duplicate", "6-finish-negative"),
        Action("10-assign", "assign-manager", "11-partially-paid"),
        If("11-partially-paid", "partially-paid = true", "13-has-phone", "12-in-progress"),
        SetStatus("12-in-progress", "InProgress", "13-has-phone"),
        If("13-has-phone", "client.has-phone = true", "20-call", "14-not-confirmed"),
        SetStatus("14-not-confirmed", "NotConfirmed", "15-ask-phone"),
        Message("15-ask-phone", "ask-for-phone", "16-wait-phone", confirm: true),
        WaitFor("16-wait-phone", "client.has-phone = true and client.phone-wrong != true", TimeSpan.FromDays(5), "20-call", "17-pending"),
        SetStatus("17-pending", "Pending", "18-wait-phone"),
        WaitFor("18-wait-phone", "client.has-phone = true and client.phone-wrong != true", TimeSpan.FromDays(3), "19-control-call", "finish-neutral"),
        Question("19-control-call", "Control call: the client left a phone", ("done", "20-call")) with { Type = BlockTypes.Call },
        new BlockDefinition
        {
            Id = "20-call",
            Type = BlockTypes.Subprocess,
            DefinitionId = callWithinThreeDays,
            Exits = Exits(("reached", "23-will-pay"), ("duplicate", "9-mark-duplicate"), ("wrong number", "21-ask-right-number"), ("unreachable", "22-contact-us")),
        },
        Message("21-ask-right-number", "ask-for-right-number", "16-wait-phone"),
        Message("22-contact-us", "please-contact-us", "finish-neutral"),
        new BlockDefinition
        {
            Id = "23-will-pay",
            Type = BlockTypes.Question,
            Title = "Will the order be paid?",
            Answers = [new("yes", "Yes", AsksForMoment: true), new("no", "No")],
            Exits = Exits(("yes", "24-partially-paid"), ("no", "27-cancel?")),
        },
        If("24-partially-paid", "partially-paid = true", "26-wait-payment", "25-awaiting"),
        SetStatus("25-awaiting", "AwaitingPayment", "26-wait-payment"),
        Delay("26-wait-payment", null, "20-call"),
        new BlockDefinition
        {
            Id = "27-cancel?",
            Type = BlockTypes.Question,
            Title = "Cancel the order?",
            Answers = [new("yes", "Yes"), new("no", "No", AsksForMoment: true)],
            Exits = Exits(("yes", "28-cancel"), ("no", "30-pending")),
        },
        Action("28-cancel", "cancel", "29-finish-cancelled", new Dictionary<string, string?> { ["reason"] = "The client will not pay" }),
        Finish("29-finish-cancelled", "negative"),
        SetStatus("30-pending", "Pending", "31-call-back-later"),
        Delay("31-call-back-later", null, "20-call"),
        Finish("finish-neutral", "neutral")) with
    {
        Entry = new EntryRule { Kind = EntryKinds.OnCreation },
        Condition = "status = 'New'",
        NormalReactionTime = TimeSpan.FromMinutes(15),
    };
}
