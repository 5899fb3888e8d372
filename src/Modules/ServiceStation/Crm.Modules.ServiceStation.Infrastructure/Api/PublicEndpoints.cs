using Crm.Modules.ServiceStation.Application.Telephony;
using Crm.Modules.ServiceStation.Application.Telephony.RecordCallEvent;
using Crm.Modules.ServiceStation.Application.WebForms.SubmitWebForm;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>
/// The module's only anonymous endpoints: the PBX's webhook (signed, ADR 0069) and the site's form (rate-limited per
/// address). Everything else needs an employee.
/// </summary>
internal static class PublicEndpoints
{
    public static void MapPublicStationEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapPost("/telephony/events", async (HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(ct); // the signature is over these exact bytes
            var contactId = await m.Send(new RecordCallEventCommand(
                body, request.Headers[TelephonySignature.TimestampHeader].ToString(), request.Headers[TelephonySignature.SignatureHeader].ToString()), ct);
            return TypedResults.Ok(new { contactId });
        }).AllowAnonymous().WithTags("Public").WithName("TelephonyEvent")
            .WithSummary("The PBX reports a call: body {event: incoming|answered|missed|ended, callId, caller, calledLine, at}; headers "
                + "X-Crm-Timestamp (Unix seconds) and X-Crm-Signature (hex HMAC-SHA256 of \"{timestamp}.{body}\" with the telephony secret)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/web-form", async (SubmitWebFormCommand command, IMediator m, CancellationToken ct) =>
        {
            await m.Send(command, ct);
            return TypedResults.Accepted((string?)null);
        }).AllowAnonymous().AddEndpointFilter<WebFormRateLimit>().WithTags("Public").WithName("SubmitWebForm")
            .WithSummary("The station's site: {name, phone, car, wish} opens a contact of kind web form; a few per minute per address")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}
