using Ardalis.Specification;
using Crm.Modules.Tasking.Domain.RefusalReasons;

namespace Crm.Modules.Tasking.Application.RefusalReasons;

/// <summary>An entry of the refusal-reasons directory as clients list it.</summary>
public sealed record RefusalReasonDto(Guid Id, string Name, bool DemandsComment, bool IsArchived, bool IsBuiltIn)
{
    public static RefusalReasonDto From(RefusalReason reason) =>
        new(reason.Id.Value, reason.Name, reason.DemandsComment, reason.IsArchived, reason.IsBuiltIn);
}

/// <summary>The directory by name; archived entries only when asked for.</summary>
public sealed class RefusalReasonsSpec : Specification<RefusalReason>
{
    public RefusalReasonsSpec(bool includeArchived = false) =>
        Query.Where(r => !r.IsArchived, !includeArchived).OrderBy(r => r.Name);
}

public sealed class RefusalReasonByIdSpec : Specification<RefusalReason>
{
    public RefusalReasonByIdSpec(RefusalReasonId id, bool forUpdate = false)
    {
        Query.Where(r => r.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}
