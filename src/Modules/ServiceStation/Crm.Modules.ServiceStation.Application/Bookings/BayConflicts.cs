using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Bookings;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.Bookings;

/// <summary>
/// "The bay is taken": the 409 that names the booking in the way, found before saving and, when two requests passed
/// that check at once, after the database's unique slot index refused the second (ADR 0071).
/// </summary>
public sealed class BayConflicts(IReadRepository<Booking> bookings)
{
    public const string Code = "booking.bay-taken";

    public async Task EnsureFreeAsync(BookingTime time, BookingId? except, CancellationToken cancellationToken)
    {
        if (await FindAsync(time, except, cancellationToken) is { } conflict)
        {
            throw conflict;
        }
    }

    /// <summary>The conflict with the first booking holding part of <paramref name="time"/>, or null when the bay is free then.</summary>
    public async Task<ConflictException?> FindAsync(BookingTime time, BookingId? except, CancellationToken cancellationToken)
    {
        var other = await bookings.FirstOrDefaultAsync(new BookingsHoldingBaySpec(time, except), cancellationToken);
        return other is null ? null : new ConflictException(Code,
            $"The bay is taken from {Show(other.StartsAtUtc):yyyy-MM-dd HH:mm} to {Show(other.EndsAtUtc):HH:mm} by booking {other.Id.Value}.",
            new Dictionary<string, object?>
            {
                ["conflictingBookingId"] = other.Id.Value,
                ["conflictingStartsAt"] = Show(other.StartsAtUtc),
                ["conflictingEndsAt"] = Show(other.EndsAtUtc),
            });
    }
}
