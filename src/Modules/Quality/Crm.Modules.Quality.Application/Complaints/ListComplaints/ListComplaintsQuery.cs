using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.ListComplaints;

/// <summary>
/// The complaints the reader may see, newest first, a page at a time, by state and employee concerned: a supervisor
/// sees all; an employee, those about them (theirs to answer) and those they registered (ADR 0084).
/// </summary>
public sealed record ListComplaintsQuery(ComplaintState? State, Guid? EmployeeId, string? Cursor, int? Limit) : IQuery<KeysetPage<ComplaintSummaryDto>>;

internal sealed class ListComplaintsValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsValidator() => QualityPage.Rules(this, q => q.State, q => q.Limit, q => q.Cursor);
}

internal sealed class ListComplaintsHandler(IReadRepository<Complaint> complaints, QualityPeople people, ICurrentEmployee reader)
    : IRequestHandler<ListComplaintsQuery, KeysetPage<ComplaintSummaryDto>>
{
    public async Task<KeysetPage<ComplaintSummaryDto>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? QualityPage.DefaultLimit;
        var visibleTo = await people.IsSupervisorAsync(cancellationToken) ? (Guid?)null : people.CurrentId;
        var rows = await complaints.ListAsync(
            new ComplaintsPageSpec(visibleTo, query.State, query.EmployeeId, QualityCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        return QualityPage.Of(rows, limit, c => c.SortKey, c => c.ToSummary(reader.Show));
    }
}

public sealed class ComplaintsPageSpec : Specification<Complaint>
{
    public ComplaintsPageSpec(Guid? visibleTo, ComplaintState? state, Guid? employeeId, string? before, int take) =>
        Query.Where(c => c.EmployeeId == visibleTo || c.RegisteredById == visibleTo, visibleTo is not null)
            .Where(c => c.State == state, state is not null)
            .Where(c => c.EmployeeId == employeeId, employeeId is not null)
            .Where(c => string.Compare(c.SortKey, before) < 0, before is not null)
            .OrderByDescending(c => c.SortKey)
            .Take(take);
}
