using System.Globalization;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Estimates;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>One method per offered action; each goes through the same desk and aggregate methods an employee's request does.</summary>
public sealed class DocumentActionPerformer(
    BookingDesk desk, IRepository<Booking> bookings, IReadRepository<Estimate> estimates, Invitations.ClientInvitation invitation, TimeProvider clock)
{
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(1);

    public async Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var actor = new Actor(request.ActingEmployeeId, clock.GetUtcNow().UtcDateTime);
        switch (request.Action)
        {
            case ServiceStationActionCatalog.RegisterBooking:
                await desk.MakeAsync(await BookingRequestAsync(request, cancellationToken), actor, cancellationToken);
                break;
            case ServiceStationActionCatalog.MoveBooking:
                var start = Moment(request, "starts-at") ?? throw Missing(request, "starts-at");
                await desk.MoveAsync(await BookingAsync(request, cancellationToken), OptionalId(request, "bay-id"), start, Moment(request, "ends-at"), null, actor, cancellationToken);
                break;
            case ServiceStationActionCatalog.MarkNoShow:
                (await BookingAsync(request, cancellationToken)).MarkNoShow(Parameter(request, "reason"), actor.NowUtc);
                break;
            case ServiceStationActionCatalog.InviteClient:
                await invitation.AskSalesAsync(request.RequestId, request.Subject, request.Parameters, request.ActingEmployeeId, cancellationToken);
                break;
            default:
                throw new InvalidFieldException("action", $"The service station does not offer '{request.Action}'.");
        }
    }

    private async Task<BookingRequest> BookingRequestAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var subject = SubjectId(request);
        var estimate = request.Subject.Type == ServiceStationFacts.Estimate ? await estimates.GetAsync(subject, cancellationToken) : null;
        var vehicle = OptionalId(request, "vehicle-id")
            ?? (request.Subject.Type == ServiceStationFacts.Vehicle ? subject : estimate?.VehicleId)
            ?? throw Missing(request, "vehicle-id");
        var start = Moment(request, "starts-at") ?? throw Missing(request, "starts-at");
        return new BookingRequest(vehicle, null, OptionalId(request, "bay-id") ?? throw Missing(request, "bay-id"), OptionalId(request, "master-consultant-id"),
            start, Moment(request, "ends-at") ?? start + DefaultLength, [],
            request.Subject.Type == ServiceStationFacts.Contact ? subject : null, estimate?.Id.Value);
    }

    private async Task<Booking> BookingAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        request.Subject.Type == ServiceStationFacts.Booking
            ? await bookings.ForUpdateAsync(SubjectId(request), cancellationToken)
            : throw new InvalidFieldException("subject", $"'{request.Action}' works on bookings, not on {request.Subject.Type}.");

    private static Guid SubjectId(ActionRequestedIntegrationEvent request) =>
        Guid.TryParse(request.Subject.Id, out var id) ? id : throw new NotFoundException(request.Subject.Type, request.Subject.Id);

    private static string? Parameter(ActionRequestedIntegrationEvent request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static Guid? OptionalId(ActionRequestedIntegrationEvent request, string name) =>
        Parameter(request, name) is not { } text ? null
        : Guid.TryParse(text, out var id) ? id : throw new InvalidFieldException(name, $"'{text}' is not an id.");

    private static DateTime? Moment(ActionRequestedIntegrationEvent request, string name) =>
        Parameter(request, name) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? moment.UtcDateTime
        : throw new InvalidFieldException(name, $"'{text}' is not a moment (ISO 8601 with an offset).");

    private static InvalidFieldException Missing(ActionRequestedIntegrationEvent request, string name) =>
        new(name, $"'{request.Action}' needs the parameter '{name}'.");
}
