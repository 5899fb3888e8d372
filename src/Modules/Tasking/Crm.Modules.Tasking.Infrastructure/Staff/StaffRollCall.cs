using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.Tasking.Infrastructure.Staff;

/// <summary>
/// On every start-up Tasking publishes every employee's card again (through its outbox, like any event), so a module
/// added later, or one whose copy was lost or is behind, catches up without asking Tasking anything. Copies apply a
/// card only when its version is newer, so the repeat changes nothing where they are current (ADR 0059).
/// </summary>
internal sealed class StaffRollCall(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        var employees = await db.Employees.AsNoTracking().ToListAsync(cancellationToken); // positions are owned: they come along
        if (employees.Count == 0)
        {
            return;
        }

        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Employee));
        using var work = unitOfWork.Begin();
        foreach (var employee in employees)
        {
            unitOfWork.Publish(EmployeeCards.Card(employee));
        }

        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
