using System.Linq.Expressions;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Subjects;

/// <summary>
/// "Tasks about this object and the objects that belong to it" (a client and its orders) as one predicate on the
/// task row: one (type, ids) test per type, so the subject index serves each.
/// </summary>
public sealed record SubjectScope(Subject Owner, IReadOnlyList<Subject> Related)
{
    public Expression<Func<WorkTask, bool>> Predicate()
    {
        var ownerType = Owner.Type;
        var ownerId = Owner.Id;
        Expression<Func<WorkTask, bool>> result = t => t.Subject!.Type == ownerType && t.Subject.Id == ownerId;
        foreach (var group in Related.GroupBy(s => s.Type))
        {
            var type = group.Key;
            var ids = group.Select(s => s.Id).Distinct().ToList();
            Expression<Func<WorkTask, bool>> next = t => t.Subject!.Type == type && ids.Contains(t.Subject.Id);
            result = result.Or(next);
        }

        return result;
    }
}
