using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.RefusalReasons;

namespace Crm.Modules.Tasking.Application.RefusalReasons;

/// <summary>
/// Finds the reason a person named when closing a task (by id, or by name as older clients send it), and keeps
/// names unique among the reasons in use, so a name always means one reason.
/// </summary>
public sealed class RefusalReasonDirectory(IRepository<RefusalReason> reasons)
{
    /// <summary>The reason in use that <paramref name="idOrName"/> names; 400 on <paramref name="field"/> otherwise.</summary>
    public async Task<RefusalReason> InUseAsync(string idOrName, string field, CancellationToken cancellationToken)
    {
        var all = await reasons.ListAsync(new RefusalReasonsSpec(includeArchived: true), cancellationToken);
        var named = Guid.TryParse(idOrName, out var id)
            ? all.FirstOrDefault(r => r.Id.Value == id)
            : all.Where(r => !r.IsArchived).FirstOrDefault(r => SameName(r.Name, idOrName));
        return named switch
        {
            null => throw new InvalidFieldException(field, $"'{idOrName}' is not in the refusal-reasons directory."),
            { IsArchived: true } => throw new InvalidFieldException(field, $"The refusal reason '{named.Name}' is archived."),
            _ => named,
        };
    }

    /// <summary>409 when another reason in use already has the name.</summary>
    public async Task EnsureNameFreeAsync(string name, RefusalReasonId? except, CancellationToken cancellationToken)
    {
        var inUse = await reasons.ListAsync(new RefusalReasonsSpec(), cancellationToken);
        if (inUse.FirstOrDefault(r => r.Id != except && SameName(r.Name, name)) is { } existing)
        {
            throw new ConflictException("refusal-reason.duplicate-name", $"The reason '{existing.Name}' already exists.", new Dictionary<string, object?> { ["existingId"] = existing.Id.Value });
        }
    }

    public Task<RefusalReason> ForUpdateAsync(Guid id, CancellationToken cancellationToken) =>
        reasons.LoadForUpdateAsync(new RefusalReasonByIdSpec(new RefusalReasonId(id), forUpdate: true), "Refusal reason", id, cancellationToken);

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
