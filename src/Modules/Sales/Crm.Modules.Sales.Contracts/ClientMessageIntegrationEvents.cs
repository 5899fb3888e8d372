using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Sales.Contracts;

/// <summary>
/// Another module asks Sales to write a message to one of its clients (ADR 0078). Sales writes it into its delivery
/// outbox once per <see cref="RequestId"/>, with the asker's object as <see cref="About"/>, so a reply to it comes back
/// to the asker as <see cref="ClientMessageRepliedIntegrationEvent"/>. A client Sales does not know, or one with no
/// address on the channel, is refused with <see cref="ClientMessageRefusedIntegrationEvent"/>.
/// </summary>
/// <param name="Module">The asking module's code (e.g. <c>service-station</c>): replies and refusals name it.</param>
/// <param name="About">The asker's object the message is about (e.g. a work order).</param>
/// <param name="Channel"><c>Email</c>, <c>Sms</c> or <c>Telegram</c>; null: the first the client has an address on, in that order: Sms, Email, Telegram.</param>
/// <param name="Text">The body; may use Sales' template fields (<c>{client.name}</c>…).</param>
public sealed record ClientMessageRequestedIntegrationEvent(
    Guid RequestId, string Module, ObjectReference About, Guid ClientId, string? Channel, string? Subject, string Text, Guid? RequestedBy) : IntegrationEvent;

/// <summary>Sales could not write the requested message (unknown client, no address on the channel, bad text).</summary>
public sealed record ClientMessageRefusedIntegrationEvent(Guid RequestId, string Module, ObjectReference About, Guid ClientId, string Error) : IntegrationEvent;

/// <summary>
/// The client replied to a message Sales sent (recorded by a channel or a person, <c>POST /api/sales/messages/{id}/replies</c>).
/// <see cref="Module"/> and <see cref="About"/> are the asker's, when another module asked for the message; null for
/// a message a manager or Sales' own process wrote.
/// </summary>
public sealed record ClientMessageRepliedIntegrationEvent(
    Guid ReplyId, Guid MessageId, Guid ClientId, string Text, DateTime ReceivedAtUtc, string? Module, ObjectReference? About) : IntegrationEvent;
