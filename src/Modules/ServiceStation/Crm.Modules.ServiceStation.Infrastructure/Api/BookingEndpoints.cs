using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Bookings.AddBookingParts;
using Crm.Modules.ServiceStation.Application.Bookings.CancelBooking;
using Crm.Modules.ServiceStation.Application.Bookings.FindBayConflict;
using Crm.Modules.ServiceStation.Application.Bookings.GetBooking;
using Crm.Modules.ServiceStation.Application.Bookings.MakeBooking;
using Crm.Modules.ServiceStation.Application.Bookings.MarkNoShow;
using Crm.Modules.ServiceStation.Application.Bookings.MoveBooking;
using Crm.Modules.ServiceStation.Application.Common;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/bookings: booking a car into a bay, moving, cancelling, no-shows.</summary>
internal static class BookingEndpoints
{
    public sealed record MoveRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, Guid? BayId, Guid? MasterConsultantId);

    public sealed record ReasonRequest(string? Reason);

    public sealed record PartsRequest(IReadOnlyList<PartInput>? Parts);

    public static void MapBookingEndpoints(this IEndpointRouteBuilder group)
    {
        var bookings = group.MapGroup("/bookings").WithTags("Bookings");
        bookings.MapPost("/", MakeAsync).WithName("MakeBooking")
            .WithSummary("Book a car into a bay for whole quarters of an hour; a taken bay is a 409 naming the booking in the way")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        bookings.MapGet("/{id:guid}", GetAsync).WithName("GetBooking").WithSummary("A booking's card; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        bookings.MapPost("/{id:guid}/move", (Guid id, MoveRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                HoldingBay(() => Run(new MoveBookingCommand(id, IfMatch.Version(h), b.StartsAt, b.EndsAt, b.BayId, b.MasterConsultantId), id, h, m, ct),
                    new FindBayConflictQuery(id, b.BayId, b.StartsAt, b.EndsAt), m, ct))
            .WithName("MoveBooking").WithSummary("Another time (the same length unless endsAt is given), maybe another bay; also after a no-show").Card();
        bookings.MapPost("/{id:guid}/cancel", (Guid id, ReasonRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new CancelBookingCommand(id, IfMatch.Version(h), b.Reason), id, h, m, ct))
            .WithName("CancelBooking").WithSummary("Call the visit off; the bay is free again").Card();
        bookings.MapPost("/{id:guid}/no-show", (Guid id, ReasonRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new MarkNoShowCommand(id, IfMatch.Version(h), b.Reason), id, h, m, ct))
            .WithName("MarkNoShow").WithSummary("The car did not come at its time; the bay is free, the booking can be moved").Card();
        bookings.MapPost("/{id:guid}/parts", (Guid id, PartsRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new AddBookingPartsCommand(id, IfMatch.Version(h), b.Parts), id, h, m, ct))
            .WithName("AddBookingParts").WithSummary("Parts the visit needs: in words for the parts specialists to select, or by reference").Card();
    }

    private static Task<Created<BookingDto>> MakeAsync(MakeBookingCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        HoldingBay(() => CardEndpoint.CreateAsync(command, "/api/service-station/bookings", id => new GetBookingQuery(id), http, mediator, ct),
            new FindBayConflictQuery(null, command.BayId, command.StartsAt, command.EndsAt), mediator, ct);

    /// <summary>
    /// Two requests for one bay passed the check at once and the slot index refused the later commit: the answer is
    /// the same 409 the check gives, naming the booking that won (ADR 0071).
    /// </summary>
    private static async Task<T> HoldingBay<T>(Func<Task<T>> change, FindBayConflictQuery conflict, IMediator mediator, CancellationToken ct)
    {
        try
        {
            return await change();
        }
        catch (DuplicateKeyException)
        {
            throw await mediator.Send(conflict, ct) ?? throw new ConflictException(BayConflicts.Code, "The bay was taken at the same moment; reload the schedule.");
        }
    }

    private static Task<Ok<BookingDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ShowAsync(new GetBookingQuery(id), http, mediator, ct);

    private static Task<Ok<BookingDto>> Run(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ChangeAsync(command, new GetBookingQuery(id), http, mediator, ct);
}
