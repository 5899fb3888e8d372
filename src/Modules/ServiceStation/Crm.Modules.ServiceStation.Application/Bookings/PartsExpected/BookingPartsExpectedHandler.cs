using System.Globalization;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.SpareParts.Contracts;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.ServiceStation.Application.Bookings.PartsExpected;

/// <summary>
/// The promise date follows the parts (ADR 0085): Spare Parts says when a customer order's missing parts for a booking
/// are now expected; the booking keeps it and is flagged while the parts cannot arrive before it starts (the master
/// consultant moves it through the usual move). When a supply deadline moved the expected moment, the station, which
/// owns the visit's promise, asks Sales to tell the client, once per event (the request id is the event's).
/// </summary>
internal sealed class BookingPartsExpectedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<Booking> bookings, ILogger<BookingPartsExpectedHandler> logger)
    : IntegrationEventHandler<BookingPartsExpectedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(BookingPartsExpectedHandler));

    protected override async Task HandleAsync(BookingPartsExpectedIntegrationEvent news, CancellationToken cancellationToken)
    {
        var booking = await bookings.FirstOrDefaultAsync(new BookingByIdSpec(new BookingId(news.BookingId), forUpdate: true), cancellationToken);
        if (booking is null)
        {
            logger.LogWarning("Customer order {OrderId} names booking {BookingId}, which the station does not have", news.OrderId, news.BookingId);
            return;
        }

        var expected = news.ExpectedAtUtc is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : (DateTime?)null;
        if (booking.ExpectParts(expected, DateTime.SpecifyKind(news.OccurredAtUtc, DateTimeKind.Utc)) && news.Change == BookingPartsExpectedIntegrationEvent.DeadlineMoved && expected is { } when)
        {
            _unitOfWork.Publish(new ClientMessageRequestedIntegrationEvent(
                news.EventId, ServiceStationFacts.Module, new ObjectReference(ServiceStationFacts.Booking, booking.Id.Value.ToString()), booking.ClientId,
                null, "Parts for your visit", Text(booking, when), null));
        }
    }

    /// <summary>Moments in UTC: the station does not know the client's zone (Sales does, but fills only its own fields).</summary>
    private static string Text(Booking booking, DateTime partsAtUtc)
    {
        var visit = booking.StartsAtUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var parts = partsAtUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return booking.PartsLate
            ? $"Hello {{client.name}}! The parts for your visit on {visit} are now expected on {parts}, after the visit. We will call you to agree a new time."
            : $"Hello {{client.name}}! The parts for your visit on {visit} are now expected on {parts}. Your visit stays as booked.";
    }
}
