using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.RefusalReasons.Rules;

namespace Crm.Modules.Tasking.Domain.RefusalReasons;

public readonly record struct RefusalReasonId(Guid Value) : ITypedId;

/// <summary>
/// An entry of the refusal-reasons directory: why a client said no ("Too expensive", "Bought elsewhere"…). Results
/// that demand a reason take one from here, so statistics count reasons rather than free text. Reasons are
/// archived, never deleted: closed tasks keep pointing at them.
/// </summary>
public sealed class RefusalReason : AggregateRoot<RefusalReasonId>
{
    public const int NameMaxLength = 200;

    private RefusalReason()
    {
        Name = string.Empty;
    }

    private RefusalReason(RefusalReasonId id, string name, bool demandsComment)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        DemandsComment = demandsComment;
    }

    public string Name { get; private set; }

    /// <summary>Like "Other": the reason says nothing by itself, so closing with it needs the person's words.</summary>
    public bool DemandsComment { get; private set; }

    /// <summary>No longer offered; tasks closed with it keep it.</summary>
    public bool IsArchived { get; private set; }

    public bool IsBuiltIn => BuiltInRefusalReasons.IsBuiltIn(Id);

    public static RefusalReason Create(RefusalReasonId id, string name, bool demandsComment) => new(id, name, demandsComment);

    public void Rename(string name) => Name = Guard.NotBlank(name, nameof(name), NameMaxLength);

    public void Archive()
    {
        CheckRule(new BuiltInReasonStaysRule(this));
        IsArchived = true;
    }
}
