using Crm.BuildingBlocks.Application.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>What every document's card answers with: the card, its version as the ETag; changes may refuse.</summary>
public static class CardEndpoint
{
    public static RouteHandlerBuilder Card(this RouteHandlerBuilder endpoint) =>
        endpoint.WithDescription("Send the card's ETag as If-Match to refuse the change if somebody else changed it meanwhile.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    public static async Task<Ok<T>> ShowAsync<T>(IRequest<T> card, HttpContext http, IMediator mediator, CancellationToken ct)
        where T : IVersionedCard
    {
        var shown = await mediator.Send(card, ct);
        IfMatch.SetETag(http, shown.Version);
        return TypedResults.Ok(shown);
    }

    /// <summary>Runs the change (committed by its unit of work), then answers with the card as it now is.</summary>
    public static async Task<Ok<T>> ChangeAsync<T>(IRequest<Unit> command, IRequest<T> card, HttpContext http, IMediator mediator, CancellationToken ct)
        where T : IVersionedCard
    {
        await mediator.Send(command, ct);
        return await ShowAsync(card, http, mediator, ct);
    }

    /// <summary>Creates, then answers 201 with the new card and where it lives (<paramref name="collectionPath"/>/id).</summary>
    public static async Task<Created<T>> CreateAsync<T>(IRequest<Guid> command, string collectionPath, Func<Guid, IRequest<T>> card, HttpContext http, IMediator mediator, CancellationToken ct)
        where T : IVersionedCard
    {
        var id = await mediator.Send(command, ct);
        return TypedResults.Created($"{collectionPath}/{id}", (await ShowAsync(card(id), http, mediator, ct)).Value);
    }
}
