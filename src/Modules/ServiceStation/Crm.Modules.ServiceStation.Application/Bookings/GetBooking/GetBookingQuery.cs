using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Staff;
using Crm.Modules.ServiceStation.Domain.Bookings;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.GetBooking;

public sealed record GetBookingQuery(Guid Id) : IQuery<BookingDto>;

internal sealed class GetBookingHandler(IReadRepository<Booking> bookings, MasterConsultants masters) : IRequestHandler<GetBookingQuery, BookingDto>
{
    public async Task<BookingDto> Handle(GetBookingQuery query, CancellationToken cancellationToken)
    {
        var booking = await bookings.GetAsync(query.Id, cancellationToken);
        return booking.ToDto(await masters.NameAsync(booking.MasterConsultantId, cancellationToken));
    }
}
