using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.AddBookingParts;

/// <summary>
/// Parts the visit needs, added to a booking still expected: in words for the parts specialists to select, or by the
/// part's reference (what they selected; "Select parts" closes by itself when every part in words is answered).
/// </summary>
public sealed record AddBookingPartsCommand(Guid BookingId, int? ExpectedVersion, IReadOnlyList<PartInput>? Parts) : ICommand<Unit>;

internal sealed class AddBookingPartsValidator : AbstractValidator<AddBookingPartsCommand>
{
    public AddBookingPartsValidator()
    {
        RuleFor(c => c.Parts).NotEmpty();
        DocumentInput.Parts(this, c => c.Parts);
    }
}

internal sealed class AddBookingPartsHandler(IRepository<Booking> bookings, TimeProvider clock) : IRequestHandler<AddBookingPartsCommand, Unit>
{
    public async Task<Unit> Handle(AddBookingPartsCommand c, CancellationToken cancellationToken)
    {
        (await bookings.ForUpdateAsync(c.BookingId, cancellationToken, c.ExpectedVersion)).AddPlannedParts(DocumentInput.Specs(c.Parts), clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
