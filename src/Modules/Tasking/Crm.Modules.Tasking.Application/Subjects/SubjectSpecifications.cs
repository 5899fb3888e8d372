using Ardalis.Specification;
using Crm.Modules.Tasking.Domain.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Subjects;

public sealed class SubjectEntrySpec : Specification<SubjectEntry>
{
    public SubjectEntrySpec(Subject subject, bool forUpdate = false)
    {
        var type = subject.Type;
        var id = subject.Id;
        Query.Where(s => s.Type == type && s.ObjectId == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>Entries for a page of tasks: matched on the id in the database, on the type in memory (ids rarely repeat across types).</summary>
public sealed class SubjectEntriesSpec : Specification<SubjectEntry>
{
    public SubjectEntriesSpec(IReadOnlyCollection<string> objectIds) => Query.Where(s => objectIds.Contains(s.ObjectId));
}

/// <summary>The objects that belong to an owner: the orders of a client.</summary>
public sealed class OwnedSubjectsSpec : Specification<SubjectEntry, Subject>
{
    public OwnedSubjectsSpec(Subject owner)
    {
        var type = owner.Type;
        var id = owner.Id;
        Query.Where(s => s.Owner!.Type == type && s.Owner.Id == id);
        Query.Select(s => new Subject(s.Type, s.ObjectId));
    }
}
