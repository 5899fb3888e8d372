using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;

namespace Crm.Modules.Quality.Application.Violations;

/// <summary>
/// A violation named by the route's id: 404 when there is none, 403 <c>violation.not-yours</c> when it concerns
/// another employee and the reader is no supervisor (ADR 0084); for a change, at the card's version (If-Match).
/// </summary>
internal static class ViolationsLoading
{
    public const string What = "Violation";

    public static async Task<Violation> GetVisibleAsync(this IReadRepository<Violation> violations, Guid id, QualityPeople people, CancellationToken ct) =>
        await Visible(await violations.FirstOrNotFoundAsync(new ViolationByIdSpec(id), What, id, ct), people, ct);

    public static async Task<Violation> ForUpdateAsync(this IRepository<Violation> violations, Guid id, QualityPeople people, CancellationToken ct, int? expectedVersion = null) =>
        await Visible(await violations.LoadForUpdateAsync(new ViolationByIdSpec(id, forUpdate: true), What, id, ct, expectedVersion), people, ct);

    private static async Task<Violation> Visible(Violation violation, QualityPeople people, CancellationToken ct) =>
        violation.EmployeeId == people.CurrentId || await people.IsSupervisorAsync(ct)
            ? violation
            : throw new ForbiddenException("This violation concerns another employee.", "violation.not-yours");
}

public sealed class ViolationByIdSpec : Specification<Violation>
{
    public ViolationByIdSpec(Guid id, bool forUpdate = false) => Query.Where(v => v.Id == id).AsTracking(forUpdate);
}
