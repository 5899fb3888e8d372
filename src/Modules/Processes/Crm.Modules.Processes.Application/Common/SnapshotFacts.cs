using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Application.Common;

/// <summary>An object's facts for entry conditions (no counters yet: no instance exists).</summary>
public sealed class SnapshotFacts(IReadOnlyDictionary<string, FactValue> facts, DateTime nowUtc) : IFactSource
{
    public DateTime NowUtc => nowUtc;

    public FactValue Get(string name) => facts.TryGetValue(name.ToLowerInvariant(), out var value) ? value : FactValue.Null;
}
