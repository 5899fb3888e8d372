using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Clients.ListKnownClients;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/clients: the clients the station knows from Sales, for the operator to pick from.</summary>
internal static class ClientEndpoints
{
    public static void MapClientEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapGet("/clients", ListAsync).WithTags("Service station").WithName("ListStationClients")
            .WithSummary("Clients known from Sales, by name; phone= finds by number in any writing (compared in E.164)");
    }

    private static async Task<Ok<KeysetPage<KnownClientDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, string? phone = null, string? search = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListKnownClientsQuery(phone, search, cursor, limit), ct));
}
