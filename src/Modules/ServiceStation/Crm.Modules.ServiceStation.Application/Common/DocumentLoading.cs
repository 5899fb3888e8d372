using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Application.Common;

/// <summary>
/// The station's documents named by id: 404 when the id is the route's (the thing acted on), 400 on the field when
/// a request's body names something that does not exist (<see cref="Referenced{T}"/>).
/// </summary>
internal static class DocumentLoading
{
    public static Task<Vehicle> GetAsync(this IReadRepository<Vehicle> vehicles, Guid id, CancellationToken ct) =>
        vehicles.FirstOrNotFoundAsync(new VehicleByIdSpec(new VehicleId(id)), "Vehicle", id, ct);

    public static Task<Vehicle> ForUpdateAsync(this IRepository<Vehicle> vehicles, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        vehicles.LoadForUpdateAsync(new VehicleByIdSpec(new VehicleId(id), forUpdate: true), "Vehicle", id, ct, expectedVersion);

    public static Task<Estimate> GetAsync(this IReadRepository<Estimate> estimates, Guid id, CancellationToken ct) =>
        estimates.FirstOrNotFoundAsync(new EstimateByIdSpec(new EstimateId(id)), "Estimate", id, ct);

    public static Task<Estimate> ForUpdateAsync(this IRepository<Estimate> estimates, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        estimates.LoadForUpdateAsync(new EstimateByIdSpec(new EstimateId(id), forUpdate: true), "Estimate", id, ct, expectedVersion);

    public static Task<Bay> GetAsync(this IReadRepository<Bay> bays, Guid id, CancellationToken ct) =>
        bays.FirstOrNotFoundAsync(new BayByIdSpec(new BayId(id)), "Bay", id, ct);

    public static Task<Booking> GetAsync(this IReadRepository<Booking> bookings, Guid id, CancellationToken ct) =>
        bookings.FirstOrNotFoundAsync(new BookingByIdSpec(new BookingId(id)), "Booking", id, ct);

    public static Task<Booking> ForUpdateAsync(this IRepository<Booking> bookings, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        bookings.LoadForUpdateAsync(new BookingByIdSpec(new BookingId(id), forUpdate: true), "Booking", id, ct, expectedVersion);

    public static Task<WorkOrder> GetAsync(this IReadRepository<WorkOrder> orders, Guid id, CancellationToken ct) =>
        orders.FirstOrNotFoundAsync(new WorkOrderByIdSpec(new WorkOrderId(id)), "Work order", id, ct);

    public static Task<WorkOrder> ForUpdateAsync(this IRepository<WorkOrder> orders, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        orders.LoadForUpdateAsync(new WorkOrderByIdSpec(new WorkOrderId(id), forUpdate: true), "Work order", id, ct, expectedVersion);

    /// <summary>A thing the request's <paramref name="field"/> names: its unknown id is bad input (400 on the field), not a missing page.</summary>
    public static async Task<T> Referenced<T>(this Task<T> lookup, string field)
    {
        try
        {
            return await lookup;
        }
        catch (NotFoundException missing)
        {
            throw new InvalidFieldException(field, missing.Message, missing.Code);
        }
    }
}

/// <summary>Who acts and when: the signed-in employee in a request, the employee a process names in an action.</summary>
public sealed record Actor(Guid? EmployeeId, DateTime NowUtc);
