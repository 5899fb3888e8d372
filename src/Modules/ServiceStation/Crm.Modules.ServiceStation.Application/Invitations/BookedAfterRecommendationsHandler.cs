using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Application.Invitations;

/// <summary>
/// A booking made for a car whose last closed work order left recommendations is the client booking again: the work
/// order gets the fact <c>next-booking.id</c> (event <c>booked-again</c>), so an invitation's task closes by itself
/// as "client booked" (ADR 0078). Works from the station's own booking facts, once per event (the inbox).
/// </summary>
internal sealed class BookedAfterRecommendationsHandler(IUnitOfWorkLocator unitOfWorks, IReadRepository<Booking> bookings, IReadRepository<WorkOrder> orders)
    : IntegrationEventHandler<FactsReportedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(BookedAfterRecommendationsHandler));

    protected override bool Concerns(FactsReportedIntegrationEvent facts) =>
        facts.Object.Type == ServiceStationFacts.Booking && facts.Event == FactsReportedIntegrationEvent.Created;

    protected override async Task HandleAsync(FactsReportedIntegrationEvent facts, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(facts.Object.Id, out var id) || await bookings.GetByIdAsync(new BookingId(id), cancellationToken) is not { } booking)
        {
            return;
        }

        var order = await orders.FirstOrDefaultAsync(new LastRecommendingOrderSpec(booking.VehicleId, booking.CreatedAtUtc), cancellationToken);
        if (order is not null)
        {
            _unitOfWork.Publish(new FactsReportedIntegrationEvent(new ObjectReference(ServiceStationFacts.WorkOrder, order.Id.Value.ToString()), InvitationFacts.BookedAgain,
                new Dictionary<string, object?> { ["next-booking.id"] = booking.Id.Value.ToString() }));
        }
    }

    private sealed class LastRecommendingOrderSpec : Specification<WorkOrder>
    {
        public LastRecommendingOrderSpec(Guid vehicleId, DateTime beforeUtc) =>
            Query.Where(w => w.VehicleId == vehicleId && w.Status == WorkOrderStatus.Closed && w.ClosedAtUtc <= beforeUtc && w.Recommendations.Any())
                .OrderByDescending(w => w.ClosedAtUtc);
    }
}
