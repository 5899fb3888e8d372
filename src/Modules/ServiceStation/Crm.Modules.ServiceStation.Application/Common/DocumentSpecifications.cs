using Ardalis.Specification;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Application.Common;

public sealed class VehicleByIdSpec : Specification<Vehicle>
{
    public VehicleByIdSpec(VehicleId id, bool forUpdate = false)
    {
        Query.Where(v => v.Id == id).AsTracking(forUpdate);
    }
}

public sealed class EstimateByIdSpec : Specification<Estimate>
{
    public EstimateByIdSpec(EstimateId id, bool forUpdate = false)
    {
        Query.Where(e => e.Id == id).AsTracking(forUpdate);
    }
}

public sealed class BayByIdSpec : Specification<Bay>
{
    public BayByIdSpec(BayId id)
    {
        Query.Where(b => b.Id == id);
    }
}

public sealed class BookingByIdSpec : Specification<Booking>
{
    public BookingByIdSpec(BookingId id, bool forUpdate = false)
    {
        Query.Where(b => b.Id == id).AsTracking(forUpdate);
    }
}

public sealed class WorkOrderByIdSpec : Specification<WorkOrder>
{
    public WorkOrderByIdSpec(WorkOrderId id, bool forUpdate = false)
    {
        Query.Where(w => w.Id == id).AsTracking(forUpdate);
    }
}
