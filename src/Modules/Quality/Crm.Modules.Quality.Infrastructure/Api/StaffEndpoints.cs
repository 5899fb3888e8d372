using Crm.Modules.Quality.Application.Staff.ListStaff;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Quality.Infrastructure.Api;

/// <summary>/api/quality/staff.</summary>
internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder group) =>
        group.MapGet("/staff", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListStaffQuery(), ct)))
            .WithTags("Quality staff").WithName("ListQualityStaff").WithSummary("The staff as Quality knows them, by name");
}
