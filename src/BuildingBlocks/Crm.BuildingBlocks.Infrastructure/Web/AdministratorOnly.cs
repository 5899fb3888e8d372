using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Endpoints only the main administrator may use: 403 for everybody else, decided by authorization — before the
/// request's body is read, so a plain employee is refused whatever they send. The employee was looked up once, when
/// the request was authorized (<see cref="StaffMemberHandler"/>). The mark is also what the OpenAPI document shows as
/// <c>x-crm-access: administrator</c>, so the documented access and the enforced one are the same line of code.
/// </summary>
public static class AdministratorOnly
{
    internal const string Policy = "Administrator";

    /// <summary>Endpoint metadata: this endpoint refuses everybody but the main administrator, saying what they tried.</summary>
    public sealed record Marker(string What);

    public static TBuilder RequireAdministrator<TBuilder>(this TBuilder builder, string what)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Marker(what)).RequireAuthorization(Policy).ProducesProblem(StatusCodes.Status403Forbidden);
}

/// <summary>The requirement of <see cref="AdministratorOnly.Policy"/>, met by <see cref="StaffMemberHandler"/> once it knows the employee.</summary>
internal sealed class AdministratorRequirement : IAuthorizationRequirement;
