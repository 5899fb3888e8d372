using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Application.Messages;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Payments;
using Crm.Modules.Sales.Application.Processes;
using Crm.Modules.Sales.Application.Purchases;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Infrastructure.Api;
using Crm.Modules.Sales.Infrastructure.Messaging;
using Crm.Modules.Sales.Infrastructure.Payments;
using Crm.Modules.Sales.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.Infrastructure;

/// <summary>Sales: clients, orders, payments, purchases, messages to clients and site visits; facts and actions for processes.</summary>
public sealed class SalesModule : IModule
{
    public string Name => SalesDbContext.SchemaName;

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(SalesActionCatalog).Assembly, typeof(SalesModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SalesDbContext>(SalesDbContext.SchemaName, typeof(Order).Assembly, typeof(SalesActionCatalog).Assembly);
        services.AddSingleton<ISalesNumbers, SalesNumbers>();
        services.AddScoped<ClientLookup>();
        services.AddScoped<ClientContactsChange>();
        services.AddScoped<OrderActions>();
        services.AddScoped<OrderPlacement>();
        services.AddScoped<PurchaseIssuer>();
        services.AddScoped<PurchaseRenewal>();
        services.AddScoped<MessageWriter>();
        services.AddScoped<TaskNotes>();
        services.AddScoped<Application.CardTasks.CardTaskReader>();
        services.AddScoped<Application.CardTasks.IStaffNames, Staff.SalesStaffNames>();
        services.AddScoped<SalesActionPerformer>();
        services.AddSingleton(_ => PaymentSettingsFactory.Create(configuration));
        services.AddSingleton<PaymentLinks>();

        services.Configure<MessagingOptions>(configuration.GetSection(MessagingOptions.Section));
        services.AddScoped<IMessageAdapter, FolderMessageAdapter>();
        services.AddScoped<IMessageAdapter, SmtpMessageAdapter>();
        services.AddSingleton<MessageDeliveryProcessor>();
        services.AddHostedService<MessageDeliveryHost>();
        services.AddHostedService<SalesActionsAnnouncer>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapClientEndpoints();
        group.MapOrderEndpoints();
        group.MapPurchaseEndpoints();
        group.MapMessageEndpoints();
        group.MapPublicSalesEndpoints();
    }
}
