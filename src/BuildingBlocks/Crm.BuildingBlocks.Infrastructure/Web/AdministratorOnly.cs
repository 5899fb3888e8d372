using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Endpoints only the main administrator may use (403 for everybody else). The employee was looked up once, when
/// the request was authorized (<see cref="StaffMemberHandler"/>). The mark is also what the OpenAPI document shows as
/// <c>x-crm-access: administrator</c>, so the documented access and the enforced one are the same line of code.
/// </summary>
public static class AdministratorOnly
{
    /// <summary>Endpoint metadata: this endpoint refuses everybody but the main administrator.</summary>
    public sealed class Marker
    {
        public static readonly Marker Instance = new();

        private Marker()
        {
        }
    }

    public static TBuilder RequireAdministrator<TBuilder>(this TBuilder builder, string what)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Marker.Instance).AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ICurrentEmployee>().Employee.IsAdministrator
                ? await next(context)
                : throw new ForbiddenException($"Only the main administrator may {what}.")).ProducesProblem(StatusCodes.Status403Forbidden);
}
