using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.CustomerOrders.FillReserves;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Application.Receipts.PostGoodsReceipt;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Infrastructure.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.SpareParts.Infrastructure;

/// <summary>Stock, goods receipts, customer orders and sales (ADR 0080): services, endpoints, the actions offered to processes.</summary>
internal static class StockRegistration
{
    public static IServiceCollection AddStockAndOrders(this IServiceCollection services)
    {
        services.AddScoped<StockDesk>();
        services.AddScoped<OrderDesk>();
        services.AddScoped<WaitingReserves>();
        services.AddScoped<ReceiptPosting>();
        services.AddScoped<OrderActionPerformer>();
        services.AddHostedService<OrderActionsAnnouncer>();
        return services;
    }

    public static void MapStockAndOrders(this IEndpointRouteBuilder group)
    {
        group.MapStockEndpoints();
        group.MapGoodsReceiptEndpoints();
        group.MapCustomerOrderEndpoints();
        group.MapSaleEndpoints();
    }
}

/// <summary>On every start-up Spare Parts tells processes which actions it performs on customer orders (through its outbox).</summary>
internal sealed class OrderActionsAnnouncer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SparePartsActionCatalog));
        using var work = unitOfWork.Begin();
        unitOfWork.Publish(SparePartsActionCatalog.Offer());
        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
