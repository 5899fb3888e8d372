using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Infrastructure.Supply;

/// <summary><c>SpareParts:SupplyCheck</c>: whether this node runs the check and how often it looks.</summary>
public sealed class SupplyCheckOptions
{
    public const string Section = "SpareParts:SupplyCheck";

    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// The robot's supply check (ADR 0082): finds the lines of posted orders still awaiting goods whose supply deadline
/// has passed and that have no miss recorded for that deadline, and records each miss alone, under its unique key
/// (line, deadline), with the order's fact <c>supply-deadline-missed</c> in the same commit. Replicas need no lease:
/// two of them that find the same line race on the key, one saves it and the other finds it taken and reports
/// nothing. Tests call <see cref="RunOnceAsync"/> with the test clock.
/// </summary>
public sealed class SupplyDeadlineCheckJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int Page = 200;

    /// <summary>Checks every late line; returns how many misses this run reported.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reported = 0;
        List<LateLine> page;
        var reportedInPage = 0;
        do
        {
            page = await LateLinesAsync(now, cancellationToken);
            reportedInPage = 0;
            foreach (var late in page)
            {
                reportedInPage += await ReportAsync(late, now, cancellationToken) ? 1 : 0;
            }

            reported += reportedInPage;
        }
        while (page.Count == Page && reportedInPage > 0); // a page none of which could be reported would come back the same

        return reported;
    }

    private sealed record LateLine(CustomerOrderId OrderId, Guid LineId);

    private async Task<List<LateLine>> LateLinesAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();
        return await db.CustomerOrders.AsNoTracking()
            .Where(o => o.Status == CustomerOrderStatus.Posted)
            .SelectMany(o => o.Lines.Where(l => l.Awaiting && l.SupplyDeadlineUtc != null && l.SupplyDeadlineUtc <= now), (o, l) => new { o.Id, LineId = l.Id, l.SupplyDeadlineUtc })
            .Where(l => !db.SupplyDeadlineMisses.Any(m => m.LineId == l.LineId && m.DeadlineUtc == l.SupplyDeadlineUtc))
            .OrderBy(l => l.SupplyDeadlineUtc)
            .Take(Page)
            .Select(l => new LateLine(l.Id, l.LineId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Saves one miss with its fact, in its own commit; false when another run or replica saved it first, or the line is no longer late.</summary>
    private async Task<bool> ReportAsync(LateLine late, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SupplyDeadlineMiss));
        using var work = unitOfWork.Begin();
        var order = await db.CustomerOrders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == late.OrderId, cancellationToken);
        try
        {
            db.SupplyDeadlineMisses.Add(SupplyDeadlineMiss.Report(order!, late.LineId, now));
            await work.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is DuplicateKeyException or BusinessRuleValidationException)
        {
            return false; // reported by another run, or reserved / sold / cancelled since it was found
        }
    }
}
