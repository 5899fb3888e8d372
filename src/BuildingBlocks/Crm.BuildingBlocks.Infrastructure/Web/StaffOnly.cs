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

/// <summary>The employee the staff directory found for this request's token.</summary>
internal sealed record SignedInEmployee(EmployeeIdentity Identity);

internal sealed class StaffMemberHandler(IEmployeeDirectory staff) : AuthorizationHandler<StaffMemberRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StaffMemberRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true || context.Resource is not HttpContext http)
        {
            return; // no token: the challenge (401) follows
        }

        if (http.Features.Get<SignedInEmployee>() is null)
        {
            var employee = Guid.TryParse(context.User.FindFirstValue(JwtRegisteredClaimNames.Sub), out var id) && id != Guid.Empty
                ? await staff.FindAsync(id, http.RequestAborted)
                : null;
            if (employee is null)
            {
                context.Fail(new AuthorizationFailureReason(this, "The token's subject is not an employee."));
                return;
            }

            http.Features.Set(new SignedInEmployee(employee));
        }

        context.Succeed(requirement);
    }
}

/// <summary>A stranger's token is refused with the code <c>employee.unknown</c>; every other outcome is the framework's.</summary>
internal sealed class StaffOnlyResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.Forbidden && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is StaffMemberHandler) == true
            ? throw new ForbiddenException("The signed-in account is not an employee of this station.", "employee.unknown")
            : _default.HandleAsync(next, context, policy, authorizeResult);
}
