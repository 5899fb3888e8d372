using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.FindBayConflict;

/// <summary>
/// The booking in the way of a make or move that the database's slot index refused (two requests passed the check
/// at once): asked after the failed commit, when the winner is saved and visible.
/// </summary>
public sealed record FindBayConflictQuery(Guid? BookingId, Guid? BayId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt) : IQuery<ConflictException?>;

internal sealed class FindBayConflictHandler(IReadRepository<Booking> bookings, BayConflicts conflicts)
    : IRequestHandler<FindBayConflictQuery, ConflictException?>
{
    public async Task<ConflictException?> Handle(FindBayConflictQuery query, CancellationToken cancellationToken)
    {
        var moved = query.BookingId is { } id ? await bookings.GetAsync(id, cancellationToken) : null;
        if (query.StartsAt is not { } start || (query.BayId ?? moved?.BayId.Value) is not { } bay)
        {
            return null;
        }

        var end = query.EndsAt?.UtcDateTime ?? start.UtcDateTime + (moved is null ? TimeSpan.Zero : moved.EndsAtUtc - moved.StartsAtUtc);
        return await conflicts.FindAsync(new BookingTime(new BayId(bay), start.UtcDateTime, end), moved?.Id, cancellationToken);
    }
}
