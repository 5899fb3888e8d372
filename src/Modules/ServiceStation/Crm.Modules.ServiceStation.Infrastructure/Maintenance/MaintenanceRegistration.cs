using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Maintenance;
using Crm.Modules.ServiceStation.Application.Maintenance.GetMaintenanceRule;
using Crm.Modules.ServiceStation.Application.Maintenance.ListMaintenanceRules;
using Crm.Modules.ServiceStation.Application.Maintenance.SaveMaintenanceRule;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Infrastructure.Maintenance;

/// <summary>Regular maintenance: the rules' endpoints (/api/service-station/maintenance-rules) and the periodic check.</summary>
internal static class MaintenanceRegistration
{
    public sealed record RuleRequest(string? WorksItem, int? EveryMonths, int? EveryKm, string? Make, bool? Active);

    public static IServiceCollection AddMaintenanceCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MaintenanceCheckOptions>(configuration.GetSection(MaintenanceCheckOptions.Section));
        services.AddSingleton<MaintenanceCheckJob>();
        services.AddHostedService<MaintenanceCheckHost>();
        return services;
    }

    public static void MapMaintenanceEndpoints(this IEndpointRouteBuilder group)
    {
        var rules = group.MapGroup("/maintenance-rules").WithTags("Maintenance rules");
        rules.MapGet("/", ListAsync).WithName("ListMaintenanceRules").WithSummary("Maintenance rules, oldest first, active or inactive ones when asked; keyset paging");
        rules.MapPost("/", CreateAsync).WithName("CreateMaintenanceRule")
            .WithSummary("A works item every N months and/or every N km, for one make or all; checked periodically against the vehicles");
        rules.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetMaintenanceRuleQuery(id), h, m, ct))
            .WithName("GetMaintenanceRule").WithSummary("A maintenance rule; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPut("/{id:guid}", (Guid id, RuleRequest b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ChangeAsync(
                new ChangeMaintenanceRuleCommand(id, IfMatch.Version(h), b.WorksItem, b.EveryMonths, b.EveryKm, b.Make, b.Active), new GetMaintenanceRuleQuery(id), h, m, ct))
            .WithName("ChangeMaintenanceRule").WithSummary("Change every field of a rule, or (de)activate it").Card();
    }

    private static async Task<Ok<KeysetPage<MaintenanceRuleDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, bool? active = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListMaintenanceRulesQuery(active, cursor, limit), ct));

    private static Task<Created<MaintenanceRuleDto>> CreateAsync(CreateMaintenanceRuleCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.CreateAsync(command, "/api/service-station/maintenance-rules", id => new GetMaintenanceRuleQuery(id), http, mediator, ct);
}
