using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.MarkNoShow;

/// <summary>The car did not come at its time: the bay is free; the booking waits to be moved or cancelled.</summary>
public sealed record MarkNoShowCommand(Guid BookingId, int? ExpectedVersion, string? Reason) : ICommand<Unit>;

internal sealed class MarkNoShowValidator : AbstractValidator<MarkNoShowCommand>
{
    public MarkNoShowValidator() => RuleFor(c => c.Reason).MaximumLength(Booking.ReasonMaxLength);
}

internal sealed class MarkNoShowHandler(IRepository<Booking> bookings, TimeProvider clock) : IRequestHandler<MarkNoShowCommand, Unit>
{
    public async Task<Unit> Handle(MarkNoShowCommand c, CancellationToken cancellationToken)
    {
        (await bookings.ForUpdateAsync(c.BookingId, cancellationToken, c.ExpectedVersion)).MarkNoShow(c.Reason, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
