using System.Security.Claims;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// A correctly signed token is not enough: its subject must be somebody on the staff. Checked once per request for
/// every /api endpoint, here rather than in each module; the employee found is kept in the request, so the time
/// zone, the administrator flag and the positions are read from the staff, not from an old token.
/// </summary>
internal sealed class StaffMemberRequirement : IAuthorizationRequirement;

/// <summary>The employee the staff roster found for this request's token.</summary>
internal sealed record SignedInEmployee(EmployeeIdentity Identity);

/// <summary>
/// Marks an HTTP context as authorized for an employee, as <see cref="StaffMemberHandler"/> does: for callers that
/// send commands in a context of their own rather than through the API (the engine benchmark).
/// </summary>
public static class StaffSignIn
{
    public static void SignIn(this HttpContext http, EmployeeIdentity employee) => http.Features.Set(new SignedInEmployee(employee));
}

internal sealed class StaffMemberHandler(IStaffRoster staff) : IAuthorizationHandler
{
    public async Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.Resource is not HttpContext http)
        {
            return; // no token: the challenge (401) follows
        }

        var employee = await SignedInAsync(http, context.User);
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            switch (requirement)
            {
                case StaffMemberRequirement when employee is null:
                    context.Fail(new AuthorizationFailureReason(this, "The token's subject is not an employee."));
                    return;
                case StaffMemberRequirement:
                case AdministratorRequirement when employee!.IsAdministrator:
                    context.Succeed(requirement);
                    break;
            }
        }
    }

    /// <summary>The token's employee, looked up once per request and kept in it.</summary>
    private async Task<EmployeeIdentity?> SignedInAsync(HttpContext http, ClaimsPrincipal user)
    {
        if (http.Features.Get<SignedInEmployee>() is { } known)
        {
            return known.Identity;
        }

        var employee = Guid.TryParse(user.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id) && id != Guid.Empty
            ? await staff.FindAsync(id, http.RequestAborted)
            : null;
        if (employee is not null)
        {
            http.SignIn(employee);
        }

        return employee;
    }
}

/// <summary>
/// A stranger's token is refused with the code <c>employee.unknown</c>, an employee on an administrator's endpoint with
/// <c>employee.not-administrator</c>; every other outcome is the framework's.
/// </summary>
internal sealed class StaffOnlyResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        if (authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is StaffMemberHandler) == true)
        {
            throw new ForbiddenException("The signed-in account is not an employee of this station.", "employee.unknown");
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<AdministratorOnly.Marker>() is { } administratorOnly)
        {
            throw new ForbiddenException($"Only the main administrator may {administratorOnly.What}.", "employee.not-administrator");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
