using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Processes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.Sales.Infrastructure;

/// <summary>
/// On every start-up Sales tells processes which actions it performs and which processes it ships (through its
/// outbox, like any event).
/// </summary>
internal sealed class SalesActionsAnnouncer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SalesActionCatalog));
        using var work = unitOfWork.Begin();
        unitOfWork.Publish(SalesActionCatalog.Offer());
        unitOfWork.Publish(SalesProcessTemplates.Offer());
        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
