using Crm.BuildingBlocks.Application.Security;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Who is on the staff now, asked by the platform's web edge only: authorization (once per request) and the
/// development token. Implemented by the one module that owns staff (Tasking), read from its own tables, so a
/// just-hired employee works at once and a dismissed one is refused at once. No module may use it: what another
/// module needs of employees it keeps from the staff's integration events (ADR 0059; the architecture rule "No
/// building-block interface joins two modules" fails the build otherwise).
/// </summary>
public interface IStaffRoster
{
    /// <summary>The employee with this id, or with no id the one a development token goes to first; null if nobody (or dismissed).</summary>
    Task<EmployeeIdentity?> FindAsync(Guid? id, CancellationToken cancellationToken);
}
