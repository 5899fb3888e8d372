using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Domain.Staff;

namespace Crm.Modules.Quality.Application.Common;

/// <summary>
/// Who is who for complaints and violations, from Quality's copy of the staff (ADR 0059): whether the signed-in
/// employee is a supervisor (they see and decide everything), and whether an employee a complaint or violation is to
/// concern is on the staff and has not left.
/// </summary>
public sealed class QualityPeople(IReadRepository<QualityEmployee> staff, ICurrentEmployee current)
{
    public Guid CurrentId => current.Id;

    public async Task<bool> IsSupervisorAsync(CancellationToken ct) => (await staff.GetByIdAsync(current.Id, ct))?.IsSupervisor == true;

    /// <summary>The signed-in supervisor's id; 403 <c>quality.supervisor-only</c> for anybody else.</summary>
    public async Task<Guid> SupervisorAsync(string what, CancellationToken ct) =>
        await IsSupervisorAsync(ct) ? current.Id : throw new ForbiddenException($"Only a supervisor may {what}.", "quality.supervisor-only");

    /// <summary>An employee a complaint or violation is to concern: on Quality's staff and not dismissed, else 400 on <paramref name="field"/>.</summary>
    public async Task ConcernedAsync(Guid employeeId, string field, CancellationToken ct)
    {
        var employee = await staff.GetByIdAsync(employeeId, ct)
            ?? throw new InvalidFieldException(field, $"Employee '{employeeId}' is not on the staff.", "employee.unknown");
        if (employee.Dismissed)
        {
            throw new InvalidFieldException(field, $"{employee.Name} has been dismissed.", "employee.dismissed");
        }
    }
}
