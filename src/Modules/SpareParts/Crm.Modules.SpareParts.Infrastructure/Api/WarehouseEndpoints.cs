using Crm.Modules.SpareParts.Application.Warehouses.CreateWarehouse;
using Crm.Modules.SpareParts.Application.Warehouses.ListWarehouses;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/warehouses.</summary>
internal static class WarehouseEndpoints
{
    public static void MapWarehouseEndpoints(this IEndpointRouteBuilder group)
    {
        var warehouses = group.MapGroup("/warehouses").WithTags("Warehouses");
        warehouses.MapGet("/", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListWarehousesQuery(), ct)))
            .WithName("ListWarehouses").WithSummary("The warehouses by name");
        warehouses.MapPost("/", async (CreateWarehouseCommand command, IMediator m, CancellationToken ct) =>
            {
                var id = await m.Send(command, ct);
                return TypedResults.Created($"/api/spare-parts/warehouses/{id}", new WarehouseDto(id, command.Name!.Trim()));
            })
            .WithName("CreateWarehouse").WithSummary("A new warehouse; names are unique").ProducesProblem(StatusCodes.Status409Conflict);
    }
}
