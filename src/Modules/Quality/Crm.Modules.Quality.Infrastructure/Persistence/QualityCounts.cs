using Crm.Modules.Quality.Application.Figures;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

/// <summary>The figures' counts as GROUP BY queries over the period's rows (employee and state): a station's year is a few thousand rows.</summary>
internal sealed class QualityCounts(QualityDbContext db) : IQualityCounts
{
    public async Task<IReadOnlyList<StateCount<ComplaintState>>> ComplaintsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        await db.Complaints.AsNoTracking()
            .Where(c => c.RegisteredAtUtc >= fromUtc && c.RegisteredAtUtc < toUtc)
            .GroupBy(c => new { c.EmployeeId, c.State })
            .Select(g => new StateCount<ComplaintState>(g.Key.EmployeeId, g.Key.State, g.Count()))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<StateCount<ViolationState>>> ViolationsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        await db.Violations.AsNoTracking()
            .Where(v => v.RegisteredAtUtc >= fromUtc && v.RegisteredAtUtc < toUtc)
            .GroupBy(v => new { v.EmployeeId, v.State })
            .Select(g => new StateCount<ViolationState>(g.Key.EmployeeId, g.Key.State, g.Count()))
            .ToListAsync(ct);
}
