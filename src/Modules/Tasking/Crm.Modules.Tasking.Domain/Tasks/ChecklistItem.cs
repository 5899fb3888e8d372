using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>One line of a call's or question's checklist: what to do, who added it, and who ticked it off when.</summary>
public sealed class ChecklistItem
{
    public const int TextMaxLength = 500;

    private ChecklistItem()
    {
        Text = string.Empty;
    }

    internal ChecklistItem(int position, string text, EmployeeId addedBy, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = Guard.NotBlank(text, nameof(text), TextMaxLength);
        AddedBy = addedBy;
        AddedAtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… in the order the items were added.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }

    public EmployeeId AddedBy { get; private set; }

    public DateTime AddedAtUtc { get; private set; }

    public EmployeeId? TickedBy { get; private set; }

    public DateTime? TickedAtUtc { get; private set; }

    public bool IsTicked => TickedAtUtc is not null;

    internal void Tick(EmployeeId by, DateTime atUtc)
    {
        TickedBy = by;
        TickedAtUtc = atUtc;
    }

    internal void Untick()
    {
        TickedBy = null;
        TickedAtUtc = null;
    }
}
