using Crm.Modules.Sales.Application.Messages.RecordReply;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Sales.Infrastructure.Api;

/// <summary>/api/sales/messages: what happens to a message after it went out — the client's replies (ADR 0078).</summary>
internal static class MessageEndpoints
{
    public sealed record ReplyRequest(string? Text, DateTimeOffset? ReceivedAt);

    public static void MapMessageEndpoints(this IEndpointRouteBuilder group)
    {
        var messages = group.MapGroup("/messages").WithTags("Messages");
        messages.MapPost("/{id:guid}/replies", RecordReplyAsync).WithName("RecordMessageReply")
            .WithSummary("Record the client's reply to a message (by the channel that received it or a person who read it); whoever asked for the message is told")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<MessageReplyDto>> RecordReplyAsync(Guid id, ReplyRequest body, IMediator mediator, CancellationToken ct)
    {
        var reply = await mediator.Send(new RecordReplyCommand(id, body.Text, body.ReceivedAt), ct);
        return TypedResults.Created($"/api/sales/messages/{id}/replies/{reply.Id}", reply);
    }
}
