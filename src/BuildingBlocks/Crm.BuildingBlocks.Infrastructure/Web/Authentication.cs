using System.Security.Claims;
using System.Text;
using Crm.BuildingBlocks.Application.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>The <c>Auth</c> configuration section: who issues employee tokens and the key they are signed with.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "crm";

    public string Audience { get; set; } = "crm-api";

    /// <summary>HS256 key, at least 32 bytes. Set per environment; Development ships one in its settings file.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    public bool HasKey => SigningKey is { Length: >= 32 };

    public SymmetricSecurityKey Key() =>
        HasKey
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SigningKey!))
            : throw new InvalidOperationException("Auth:SigningKey must be set to at least 32 characters.");
}

internal static class Authentication
{
    public const string EmployeePolicy = "Employee";

    public static void AddEmployeeAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Read when the first request is authenticated, not at start-up: --migrate-only needs no key.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, auth) =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Value.Issuer,
                ValidAudience = auth.Value.Audience,
                IssuerSigningKey = auth.Value.Key(),
                NameClaimType = JwtRegisteredClaimNames.Name,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(EmployeePolicy, p => p.RequireAuthenticatedUser().AddRequirements(new StaffMemberRequirement()))
            .AddPolicy(AdministratorOnly.Policy, p => p.RequireAuthenticatedUser().AddRequirements(new StaffMemberRequirement(), new AdministratorRequirement()));
        services.AddScoped<IAuthorizationHandler, StaffMemberHandler>(); // scoped: the staff roster reads the owning module's database
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, StaffOnlyResultHandler>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentEmployee, HttpCurrentEmployee>();
    }

    public static string IssueToken(AuthOptions options, EmployeeIdentity employee, DateTime expiresUtc) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Expires = expiresUtc,
            NotBefore = expiresUtc - options.DevTokenLifetime - TimeSpan.FromMinutes(1),
            IssuedAt = expiresUtc - options.DevTokenLifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, employee.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Name, employee.Name),
                new Claim("zoneinfo", employee.TimeZoneId),
            ]),
            SigningCredentials = new SigningCredentials(options.Key(), SecurityAlgorithms.HmacSha256),
        });
}

/// <summary>The employee <see cref="StaffMemberHandler"/> found for this request; the token only names them.</summary>
internal sealed class HttpCurrentEmployee(IHttpContextAccessor accessor) : ICurrentEmployee
{
    public EmployeeIdentity Employee =>
        accessor.HttpContext?.Features.Get<SignedInEmployee>()?.Identity ?? throw new UnauthorizedAccessException("No employee is signed in.");

    public Guid Id => Employee.Id;

    public TimeZoneInfo TimeZone => accessor.HttpContext?.Features.Get<SignedInEmployee>()?.Identity.TimeZone ?? TimeZoneInfo.Utc;
}
