using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Violations.ListViolations;

/// <summary>
/// The violations the reader may see, newest first, a page at a time, by state and employee concerned: a supervisor
/// sees all; an employee, their own (theirs to explain, ADR 0084).
/// </summary>
public sealed record ListViolationsQuery(ViolationState? State, Guid? EmployeeId, string? Cursor, int? Limit) : IQuery<KeysetPage<ViolationSummaryDto>>;

internal sealed class ListViolationsValidator : AbstractValidator<ListViolationsQuery>
{
    public ListViolationsValidator() => QualityPage.Rules(this, q => q.State, q => q.Limit, q => q.Cursor);
}

internal sealed class ListViolationsHandler(IReadRepository<Violation> violations, QualityPeople people, ICurrentEmployee reader)
    : IRequestHandler<ListViolationsQuery, KeysetPage<ViolationSummaryDto>>
{
    public async Task<KeysetPage<ViolationSummaryDto>> Handle(ListViolationsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? QualityPage.DefaultLimit;
        var visibleTo = await people.IsSupervisorAsync(cancellationToken) ? (Guid?)null : people.CurrentId;
        var rows = await violations.ListAsync(
            new ViolationsPageSpec(visibleTo, query.State, query.EmployeeId, QualityCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        return QualityPage.Of(rows, limit, v => v.SortKey, v => v.ToSummary(reader.Show));
    }
}

public sealed class ViolationsPageSpec : Specification<Violation>
{
    public ViolationsPageSpec(Guid? visibleTo, ViolationState? state, Guid? employeeId, string? before, int take) =>
        Query.Where(v => v.EmployeeId == visibleTo, visibleTo is not null)
            .Where(v => v.State == state, state is not null)
            .Where(v => v.EmployeeId == employeeId, employeeId is not null)
            .Where(v => string.Compare(v.SortKey, before) < 0, before is not null)
            .OrderByDescending(v => v.SortKey)
            .Take(take);
}
