using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Formatting.Json;

namespace Crm.BuildingBlocks.Infrastructure;

/// <summary>
/// Everything the host composes, in one place: logging, JSON, problem details, auth, OpenAPI, health, the
/// module databases and MediatR over every discovered module. The host's Program.cs only calls these.
/// </summary>
public static class CrmPlatform
{
    public static WebApplicationBuilder AddCrmPlatform(this WebApplicationBuilder builder, IReadOnlyList<IModule> modules)
    {
        var settingsFiles = SettingsFiles.Use(builder);
        AddSerilog(builder);
        var services = builder.Services;
        services.AddSingleton(settingsFiles);
        services.AddSingleton(modules);
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));
        services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // binding errors reach the problem-details handler
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new RejectNulStrings());
            foreach (var converter in RejectExtremeMoments.Converters)
            {
                o.SerializerOptions.Converters.Add(converter);
            }

            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RejectNulls.Modify);
        });
        services.AddCrmProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddEmployeeAuthentication();
        services.AddCrmOpenApi();

        services.AddSingleton<OutboxSignal.Registry>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<OutboxAdministration>();
        services.AddScoped<IUnitOfWorkLocator, UnitOfWorkLocator>();
        foreach (var module in modules)
        {
            module.Register(services, builder.Configuration);
        }

        services.AddMediatorWithModules(modules.SelectMany(m => m.Assemblies));
        services.AddMappingWithModules(modules.SelectMany(m => m.Assemblies));
        return builder;
    }

    public static WebApplication UseCrmPlatform(this WebApplication app)
    {
        app.UseMiddleware<CorrelationId>();
        // One line per request (method, path, status, elapsed), written by the host's logger, not the static Log.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();
        app.UseStatusCodePages(); // 401, 403, 404 and 405 without a body become problem details too
        app.Use(PutReplaces.BufferBodies);
        app.UseAuthentication();
        app.UseAuthorization(); // also finds the signed-in employee on the staff (StaffMemberHandler)
        app.Use(RejectNulQueryValues.Check); // after the door: a stranger learns nothing about bad input
        app.Use((context, next) =>
        {
            ReaderTimeZone.Current = context.RequestServices.GetRequiredService<ICurrentEmployee>().TimeZone;
            return next(context);
        });

        app.UseCrmOpenApi();
        app.MapHealth();
        app.MapOutboxAdministration();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevToken();
        }

        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<IModule>>())
        {
            var group = app.MapGroup($"/api/{module.Name}")
                .RequireAuthorization(Authentication.EmployeePolicy)
                .AddEndpointFilterFactory(RejectExtremeQueryValues.Create)
                .AddEndpointFilterFactory(PutReplaces.Create)
                .WithStandardProblems();
            module.MapEndpoints(group);
        }

        return app;
    }

    /// <summary>Migrates every module, seeds demo data in Development, then serves — or exits after migrating with --migrate-only.</summary>
    public static async Task<int> RunCrmAsync(this WebApplication app, string[] args)
    {
        var settingsFiles = app.Services.GetRequiredService<SettingsFiles>().Read;
        app.Logger.LogInformation("Settings files read: {SettingsFiles} (content root {ContentRoot})", settingsFiles, app.Environment.ContentRootPath);
        var migrateOnly = args.Contains("--migrate-only");
        if (!migrateOnly && !app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.HasKey)
        {
            // One clear line instead of a stack trace: what is missing and where it may come from.
            app.Logger.LogCritical("Auth:SigningKey is not set (32 characters at least): no token could be checked. Set it in a settings file " +
                "or as the environment variable Auth__SigningKey. Settings files read: {SettingsFiles}", settingsFiles);
            return 2;
        }

        try
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        }
        catch (DatabaseUnreachableException ex)
        {
            app.Logger.LogCritical("{Problem}", ex.Message); // one clear line, as for a missing key
            return 3;
        }

        if (migrateOnly)
        {
            app.Logger.LogInformation("Migrations applied; exiting (--migrate-only)");
            return 0;
        }

        await SeedDemoDataAsync(app);
        await app.RunAsync();
        return 0;
    }

    public static async Task SeedDemoDataAsync(WebApplication app)
    {
        if (!app.Environment.IsDevelopment() || !app.Configuration.GetValue("DemoData:Enabled", true))
        {
            return;
        }

        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<IModule>>())
        {
            await using var scope = app.Services.CreateAsyncScope();
            await module.SeedDemoDataAsync(scope.ServiceProvider, CancellationToken.None);
        }
    }

    /// <summary>
    /// Serilog for everything logged (Serilog.AspNetCore): readable lines in Development, JSON elsewhere. The logger
    /// is owned by this host, not the static Log, so test hosts don't clash; other logger providers registered in
    /// the services (a test's log capture) receive what passes Serilog's levels.
    /// </summary>
    private static void AddSerilog(WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Logging.ClearProviders(); // the console is Serilog's; no second console from Microsoft.Extensions.Logging
        builder.Services.AddSerilog((services, configuration) =>
        {
            configuration.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()).Enrich.FromLogContext();
            _ = development
                ? configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
                : configuration.WriteTo.Console(new JsonFormatter(renderMessage: true));
        }, preserveStaticLogger: true, writeToProviders: true);
    }
}
