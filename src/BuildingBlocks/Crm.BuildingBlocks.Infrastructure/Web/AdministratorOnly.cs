using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Endpoints only the main administrator may use (403 for everybody else). The employee was looked up once, when
/// the request was authorized (<see cref="StaffMemberHandler"/>).
/// </summary>
public static class AdministratorOnly
{
    public static TBuilder RequireAdministrator<TBuilder>(this TBuilder builder, string what)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<ICurrentEmployee>().Employee.IsAdministrator
                ? await next(context)
                : throw new ForbiddenException($"Only the main administrator may {what}.")).ProducesProblem(StatusCodes.Status403Forbidden);
}
