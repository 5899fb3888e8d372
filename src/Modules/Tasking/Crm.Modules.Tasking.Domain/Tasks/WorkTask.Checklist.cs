using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks.Rules;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>
/// Checklists on calls and questions: the executor writes down what to go through and ticks items off. Every
/// change lands in the history; changing the list is acting on the task, so a free task becomes the actor's.
/// </summary>
public sealed partial class WorkTask
{
    private readonly List<ChecklistItem> _checklist = [];

    public IReadOnlyCollection<ChecklistItem> Checklist => _checklist.OrderBy(i => i.Position).ToList();

    public ChecklistItem AddChecklistItem(EmployeeId by, string text, DateTime nowUtc)
    {
        ActOnChecklist(by, nowUtc);
        var item = new ChecklistItem(_checklist.Count == 0 ? 1 : _checklist.Max(i => i.Position) + 1, text, by, nowUtc);
        _checklist.Add(item);
        ChecklistChanged(TaskAction.ChecklistItemAdded, by, nowUtc, item);
        return item;
    }

    /// <summary>Ticks the item off (or, with <paramref name="ticked"/> false, back on); the same state again changes nothing.</summary>
    public void TickChecklistItem(EmployeeId by, Guid itemId, bool ticked, DateTime nowUtc)
    {
        var item = FindChecklistItem(itemId);
        ActOnChecklist(by, nowUtc);
        if (item.IsTicked == ticked)
        {
            return;
        }

        if (ticked)
        {
            item.Tick(by, nowUtc);
        }
        else
        {
            item.Untick();
        }

        ChecklistChanged(ticked ? TaskAction.ChecklistItemTicked : TaskAction.ChecklistItemUnticked, by, nowUtc, item);
    }

    public void RemoveChecklistItem(EmployeeId by, Guid itemId, DateTime nowUtc)
    {
        var item = FindChecklistItem(itemId);
        ActOnChecklist(by, nowUtc);
        _checklist.Remove(item);
        ChecklistChanged(TaskAction.ChecklistItemRemoved, by, nowUtc, item);
    }

    public bool HasChecklistItem(Guid itemId) => _checklist.Any(i => i.Id == itemId);

    private ChecklistItem FindChecklistItem(Guid itemId) =>
        _checklist.FirstOrDefault(i => i.Id == itemId) ?? throw new ArgumentException($"The task has no checklist item '{itemId}'.", nameof(itemId));

    private void ActOnChecklist(EmployeeId by, DateTime nowUtc)
    {
        CheckRule(new TaskMustBeOpenRule(Status));
        CheckRule(new ChecklistOnlyOnCallsAndQuestionsRule(Kind));
        CheckRule(new TaskMustNotBeHeldByAnotherRule(AssigneeId, by));
        TakeOverIfFree(by, nowUtc);
    }

    private void ChecklistChanged(TaskAction action, EmployeeId by, DateTime nowUtc, ChecklistItem item)
    {
        Record(action, by, nowUtc, item.Text);
        Raise(new TaskChecklistChangedDomainEvent(this, by, nowUtc));
    }
}
