using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Application.Schedule;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

/// <summary>
/// The bookings with their cars and master consultants joined in (left joins: a card the station lacks leaves the
/// label empty). A booking names its car by the plain Guid while the car's key is the typed <see cref="VehicleId"/>
/// over the same column, so the join reads the key as the column it is stored in.
/// </summary>
internal sealed class DayScheduleReader(ServiceStationDbContext db) : IDayScheduleReader
{
    public Task<List<ScheduleRow>> ReadAsync(DayBookingsSpec day, CancellationToken cancellationToken) =>
        (from b in SpecificationEvaluator.Default.GetQuery(db.Bookings.AsNoTracking(), day, evaluateCriteriaOnly: true)
         from v in db.Vehicles.Where(v => EF.Property<Guid>(v, nameof(Vehicle.Id)) == b.VehicleId).DefaultIfEmpty()
         from e in db.Staff.Where(e => e.Id == b.MasterConsultantId).DefaultIfEmpty()
         orderby b.StartsAtUtc, b.Id
         select new ScheduleRow(b.Id, b.BayId, b.MasterConsultantId, b.ClientId, b.VehicleId, b.StartsAtUtc, b.EndsAtUtc, b.Status,
             v == null ? null : v.Plate, v == null ? null : v.Make, v == null ? null : v.Model, e == null ? null : e.Name,
             b.PartsExpectedAtUtc, b.PartsLate))
        .ToListAsync(cancellationToken);
}
