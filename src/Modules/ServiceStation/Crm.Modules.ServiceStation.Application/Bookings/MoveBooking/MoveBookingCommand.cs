using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.MoveBooking;

/// <summary>
/// The client asked for another time, or did not come and is booked again: a new start (the same length unless an
/// end is given), maybe another bay or master consultant.
/// </summary>
public sealed record MoveBookingCommand(Guid BookingId, int? ExpectedVersion, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, Guid? BayId, Guid? MasterConsultantId)
    : ICommand<Unit>;

internal sealed class MoveBookingValidator : AbstractValidator<MoveBookingCommand>
{
    public MoveBookingValidator()
    {
        RuleFor(c => c.StartsAt).NotNull();
        BookingInput.Span(this, c => c.StartsAt, c => c.EndsAt, c => TimeSpan.FromMinutes(15)); // the length is checked again with the booking's own
    }
}

internal sealed class MoveBookingHandler(IRepository<Booking> bookings, BookingDesk desk, ICurrentEmployee me, TimeProvider clock) : IRequestHandler<MoveBookingCommand, Unit>
{
    public async Task<Unit> Handle(MoveBookingCommand c, CancellationToken cancellationToken)
    {
        var booking = await bookings.ForUpdateAsync(c.BookingId, cancellationToken, c.ExpectedVersion);
        await desk.MoveAsync(booking, c.BayId, c.StartsAt!.Value.UtcDateTime, c.EndsAt?.UtcDateTime, c.MasterConsultantId,
            new Actor(me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return Unit.Value;
    }
}
