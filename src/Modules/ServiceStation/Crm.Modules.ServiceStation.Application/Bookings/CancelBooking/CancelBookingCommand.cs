using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.CancelBooking;

/// <summary>The visit is called off: the bay's time is free again.</summary>
public sealed record CancelBookingCommand(Guid BookingId, int? ExpectedVersion, string? Reason) : ICommand<Unit>;

internal sealed class CancelBookingValidator : AbstractValidator<CancelBookingCommand>
{
    public CancelBookingValidator() => RuleFor(c => c.Reason).MaximumLength(Booking.ReasonMaxLength);
}

internal sealed class CancelBookingHandler(IRepository<Booking> bookings, TimeProvider clock) : IRequestHandler<CancelBookingCommand, Unit>
{
    public async Task<Unit> Handle(CancelBookingCommand c, CancellationToken cancellationToken)
    {
        (await bookings.ForUpdateAsync(c.BookingId, cancellationToken, c.ExpectedVersion)).Cancel(c.Reason, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
