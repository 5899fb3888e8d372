using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;

namespace Crm.Modules.Quality.Application.Complaints;

/// <summary>
/// A complaint named by the route's id: 404 when there is none, 403 <c>complaint.not-yours</c> when the reader may not
/// see it (ADR 0084: supervisors see all; an employee, those about them and those they registered); for a change, at
/// the card's version (If-Match).
/// </summary>
internal static class ComplaintsLoading
{
    public const string What = "Complaint";

    public static async Task<Complaint> GetVisibleAsync(this IReadRepository<Complaint> complaints, Guid id, QualityPeople people, CancellationToken ct) =>
        await Visible(await complaints.FirstOrNotFoundAsync(new ComplaintByIdSpec(id), What, id, ct), people, ct);

    public static async Task<Complaint> ForUpdateAsync(this IRepository<Complaint> complaints, Guid id, QualityPeople people, CancellationToken ct, int? expectedVersion = null) =>
        await Visible(await complaints.LoadForUpdateAsync(new ComplaintByIdSpec(id, forUpdate: true), What, id, ct, expectedVersion), people, ct);

    private static async Task<Complaint> Visible(Complaint complaint, QualityPeople people, CancellationToken ct) =>
        complaint.EmployeeId == people.CurrentId || complaint.RegisteredById == people.CurrentId || await people.IsSupervisorAsync(ct)
            ? complaint
            : throw new ForbiddenException("This complaint is about another employee.", "complaint.not-yours");
}

public sealed class ComplaintByIdSpec : Specification<Complaint>
{
    public ComplaintByIdSpec(Guid id, bool forUpdate = false) => Query.Where(c => c.Id == id).AsTracking(forUpdate);
}
