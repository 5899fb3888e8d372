namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>
/// Links other modules put on a task (ADR 0081): the objects made from it, so whoever opens the task finds them. A
/// link is information, not an act on the task: it is added to open and closed tasks alike, by nobody (the history
/// says which module), and the same object linked again is described anew rather than listed twice.
/// </summary>
public sealed partial class WorkTask
{
    public const int MaxLinks = 50;

    private readonly List<TaskLink> _links = [];

    public IReadOnlyCollection<TaskLink> Links => _links.OrderBy(l => l.AttachedAtUtc).ToList();

    public void AttachLink(TaskLinkSpec spec, DateTime nowUtc)
    {
        if (_links.FirstOrDefault(l => l.Names(spec)) is { } known)
        {
            known.Describe(spec, nowUtc);
        }
        else if (_links.Count < MaxLinks)
        {
            _links.Add(new TaskLink(spec, nowUtc));
        }
        else
        {
            return; // a task is read by people: past a few dozen links, more would bury the rest
        }

        Record(TaskAction.LinkAttached, null, nowUtc, $"{spec.Module}: {spec.Label}");
        Raise(new TaskLinkAttachedDomainEvent(this, nowUtc));
    }
}
