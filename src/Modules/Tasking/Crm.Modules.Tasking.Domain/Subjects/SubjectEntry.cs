using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Domain.Subjects;

public readonly record struct SubjectEntryId(Guid Value) : ITypedId;

/// <summary>
/// An object tasks may be about (a client, an order), as Tasking knows it from what its owning module reports:
/// the name people call it by ("Order 1042", "Maria Silva") and the object it belongs to (an order's client).
/// Tasking keeps this copy so it never reads another module's tables (ADR 0036).
/// </summary>
public sealed class SubjectEntry : AggregateRoot<SubjectEntryId>
{
    public const int NameMaxLength = 300;

    private SubjectEntry()
    {
        Type = string.Empty;
        ObjectId = string.Empty;
        DisplayName = string.Empty;
    }

    public string Type { get; private set; }

    public string ObjectId { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary>The object this one belongs to: an order's client. Tasks about this object are also the owner's.</summary>
    public Subject? Owner { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public static SubjectEntry Register(SubjectEntryId id, Subject subject, string displayName, Subject? owner, DateTime nowUtc)
    {
        var entry = new SubjectEntry { Id = id, Type = subject.Type, ObjectId = subject.Id };
        entry.Describe(displayName, owner, nowUtc);
        return entry;
    }

    /// <summary>The owning module's latest word wins; an owner not mentioned in a report stays as it was.</summary>
    public void Describe(string displayName, Subject? owner, DateTime nowUtc)
    {
        DisplayName = Guard.NotBlank(displayName, nameof(displayName), NameMaxLength);
        Owner = owner ?? Owner;
        UpdatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc));
    }
}
