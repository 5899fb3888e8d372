using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.TaskTypes;

/// <summary>A result a task of some type may close with: its code is the exit a process continues by.</summary>
public sealed class TaskResultOption
{
    public const int CodeMaxLength = 64;

    private TaskResultOption()
    {
        Code = Name = string.Empty;
    }

    public TaskResultOption(string code, string name, bool requiresReason, bool asksForMoment = false)
    {
        AsksForMoment = asksForMoment;
        Code = Guard.NotBlank(code, nameof(code), CodeMaxLength).ToLowerInvariant();
        Name = Guard.NotBlank(name, nameof(name), 200);
        RequiresReason = requiresReason;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>Order in which the results are offered.</summary>
    public int Position { get; private set; }

    internal TaskResultOption At(int position)
    {
        Position = position;
        return this;
    }

    /// <summary>A refusal-like result: closing with it needs a reason.</summary>
    public bool RequiresReason { get; private set; }

    /// <summary>Closing with it also needs a moment (a postponement's "when"), which a process may wait for.</summary>
    public bool AsksForMoment { get; private set; }
}
