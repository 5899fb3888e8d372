using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;

namespace Crm.Modules.Quality.Application.Figures;

/// <summary>How many complaints and violations, registered within a period, each employee has in each state: counted by the database on read.</summary>
public interface IQualityCounts
{
    Task<IReadOnlyList<StateCount<ComplaintState>>> ComplaintsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    Task<IReadOnlyList<StateCount<ViolationState>>> ViolationsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}

public sealed record StateCount<TState>(Guid EmployeeId, TState State, int Count);
