using Crm.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>Development only: a token for a seeded employee, so the API can be tried from Swagger UI.</summary>
internal static class DevTokenEndpoint
{
    public sealed record DevTokenRequest(Guid? EmployeeId);

    public sealed record DevTokenResponse(string AccessToken, string TokenType, DateTime ExpiresAtUtc, Guid EmployeeId, string EmployeeName);

    public static void MapDevToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/dev-token", IssueAsync)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithSummary("Development only: issue a token for a seeded employee (the first one when no id is given)")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<DevTokenResponse>> IssueAsync(
        DevTokenRequest? request, IStaffRoster employees, IOptions<AuthOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var employee = await employees.FindAsync(request?.EmployeeId, cancellationToken)
            ?? throw new NotFoundException("Employee", request?.EmployeeId?.ToString() ?? "(any)");
        var expires = clock.GetUtcNow().UtcDateTime + options.Value.DevTokenLifetime;
        var token = Authentication.IssueToken(options.Value, employee, expires);
        return TypedResults.Ok(new DevTokenResponse(token, "Bearer", expires, employee.Id, employee.Name));
    }
}
