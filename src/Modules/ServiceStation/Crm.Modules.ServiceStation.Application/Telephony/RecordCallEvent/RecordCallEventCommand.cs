using System.Globalization;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Telephony;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Telephony.RecordCallEvent;

/// <summary>
/// The PBX's webhook: <see cref="Body"/> is the raw JSON <c>{"event", "callId", "caller", "calledLine", "at", "reason"}</c>
/// (<c>reason</c>, optional: why a missed call was lost, in the PBX's words),
/// signed (ADR 0069). A forged request is 403, a stale one 400, a replayed one 409 — and records nothing. An answered
/// call opens a contact; a missed one opens a missed-call contact or is added to its caller's open contact; the same
/// call id again changes nothing. Returns the contact the call belongs to (none while it only rings).
/// </summary>
public sealed record RecordCallEventCommand(string Body, string? Timestamp, string? Signature) : ICommand<Guid?>;

internal sealed record CallEventBody(string? Event, string? CallId, string? Caller, string? CalledLine, DateTimeOffset? At, string? Reason);

internal sealed class RecordCallEventHandler(
    TelephonyOptions options, IRepository<TelephonyDelivery> deliveries, IRepository<Contact> contacts, ContactRegistration registration, TimeProvider clock)
    : IRequestHandler<RecordCallEventCommand, Guid?>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Guid?> Handle(RecordCallEventCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await AcceptDeliveryAsync(command, now, cancellationToken);
        var (callEvent, call, caller) = Parse(command.Body, now);

        var contact = await contacts.FirstOrDefaultAsync(new ContactByCallSpec(call.CallId), cancellationToken);
        if (contact is not null || callEvent == CallEvent.Incoming)
        {
            return contact?.Id.Value; // the same call again, or only ringing: nothing new to record
        }

        var e164 = registration.ToE164(caller);
        call = callEvent == CallEvent.Answered ? call with { LostReason = null } : call with { Missed = true, LostReason = call.LostReason ?? LostBecause(callEvent) };
        if (call.Missed && await registration.OpenContactOfCallerAsync(e164, cancellationToken) is { } open)
        {
            open.AddMissedCall(call, now);
            return open.Id.Value;
        }

        var kind = call.Missed ? ContactKind.MissedCall : ContactKind.IncomingCall;
        var opened = await registration.RegisterAsync(new NewContact(kind, ContactCategory.RepairServices, call.AtUtc, caller, e164, null, null, Call: call), cancellationToken);
        return opened.Id.Value;
    }

    /// <summary>Signed with the secret, fresh, and not seen before — in this order, so a stranger learns nothing.</summary>
    private async Task AcceptDeliveryAsync(RecordCallEventCommand command, DateTime now, CancellationToken cancellationToken)
    {
        var secret = options.Secret;
        if (string.IsNullOrEmpty(secret) || !TelephonySignature.IsValid(secret, command.Timestamp, command.Body, command.Signature))
        {
            throw new ForbiddenException("The request is not signed with the station's telephony secret.", "telephony.signature");
        }

        if (!long.TryParse(command.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            throw new InvalidFieldException(TelephonySignature.TimestampHeader, "Give the time of sending in Unix seconds.", "telephony.timestamp");
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime).Duration() > options.Tolerance)
        {
            throw new InvalidFieldException(TelephonySignature.TimestampHeader, "The request is too old (or from the future): send it again, signed now.", "telephony.stale");
        }

        var id = TelephonySignature.DeliveryId(command.Signature!);
        if (await deliveries.GetByIdAsync(id, cancellationToken) is not null)
        {
            throw new ConflictException("telephony.replayed", "This request was received before.");
        }

        deliveries.Add(TelephonyDelivery.Accept(id, now));
    }

    /// <summary>What the events alone say when the PBX gives no reason: "missed" rang out, "ended" first was a hang-up.</summary>
    private static string LostBecause(CallEvent callEvent) =>
        callEvent == CallEvent.Ended ? "The caller hung up before anyone answered" : "Nobody answered";

    private (CallEvent Event, ContactCall Call, string? Caller) Parse(string body, DateTime now)
    {
        CallEventBody? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<CallEventBody>(body, Json);
        }
        catch (JsonException)
        {
            throw new InvalidFieldException("body", "The request body is not valid JSON.");
        }

        if (parsed is null || !Enum.TryParse<CallEvent>(parsed.Event, ignoreCase: true, out var callEvent) || !Enum.IsDefined(callEvent))
        {
            throw new InvalidFieldException("event", "Give the event: incoming, answered, missed or ended.");
        }

        if (string.IsNullOrWhiteSpace(parsed.CallId) || parsed.CallId.Trim().Length > Contact.CallIdMaxLength)
        {
            throw new InvalidFieldException("callId", $"Give the PBX's id of the call (up to {Contact.CallIdMaxLength} characters).");
        }

        var caller = string.IsNullOrWhiteSpace(parsed.Caller) ? null : parsed.Caller.Trim();
        if (caller?.Length > Contact.PhoneMaxLength || parsed.CalledLine?.Length > Contact.PhoneMaxLength)
        {
            throw new InvalidFieldException(caller?.Length > Contact.PhoneMaxLength ? "caller" : "calledLine", $"Up to {Contact.PhoneMaxLength} characters.");
        }

        var at = parsed.At?.UtcDateTime ?? now;
        if ((at - now).Duration() > TimeSpan.FromDays(1))
        {
            throw new InvalidFieldException("at", "The call's time is more than a day away from now.");
        }

        if (parsed.Reason?.Trim().Length > Contact.ReasonMaxLength)
        {
            throw new InvalidFieldException("reason", $"Up to {Contact.ReasonMaxLength} characters.");
        }

        var reason = string.IsNullOrWhiteSpace(parsed.Reason) ? null : parsed.Reason.Trim();
        return (callEvent, new ContactCall(parsed.CallId.Trim(), parsed.CalledLine?.Trim(), at, Missed: false, reason), caller);
    }
}
