using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.Modules.ServiceStation.Infrastructure.Maintenance;

/// <summary><c>ServiceStation:Maintenance</c>: whether this node runs the check, how often it looks, how often a rule is re-checked.</summary>
public sealed class MaintenanceCheckOptions
{
    public const string Section = "ServiceStation:Maintenance";

    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan RecheckEvery { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// The periodic maintenance check (ADR 0077). A run claims the rules whose next check has come with a lease, in the
/// statement every background job claims rows with (<see cref="LeaseClaim"/>: SKIP LOCKED on PostgreSQL, a write turn
/// on SQLite), so replicas check disjoint rules. For each vehicle the rule applies to, it finds the cycle's basis
/// (the last closed work order that did the works item, else the car's first known date and reading) and asks the
/// rule whether it is due by months or by predicted mileage. Each due is saved alone, under a unique key (rule,
/// vehicle, cycle), with its fact in the same commit: a lease that ran out mid-run, or a second run, finds the key taken
/// and reports nothing more. Tests call <see cref="RunOnceAsync"/> with the test clock.
/// </summary>
public sealed class MaintenanceCheckJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<MaintenanceCheckOptions> options)
{
    public const int RuleBatch = 10;
    public const int VehiclePage = 200;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    /// <summary>Checks the rules that are due for a check; returns how many maintenances it found due (and reported).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>();
        var reported = 0;
        foreach (var id in await ClaimAsync(db, now, cancellationToken))
        {
            var rule = await db.MaintenanceRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (rule is { IsActive: true })
            {
                reported += await CheckAsync(db, rule, now, cancellationToken);
            }

            await ReleaseAsync(db, id, now + options.Value.RecheckEvery, cancellationToken);
        }

        return reported;
    }

    private static async Task<List<MaintenanceRuleId>> ClaimAsync(ServiceStationDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var sql = LeaseClaim.Sql(db, db.Table<MaintenanceRule>(), claimable: "\"NextCheckAtUtc\" IS NOT NULL", due: "\"NextCheckAtUtc\" <= {1}",
            orderBy: "\"NextCheckAtUtc\"", returning: "\"Id\" AS \"Value\"");
        var ids = await WriteTurns.InTurnAsync(db, () => db.Database.SqlQueryRaw<Guid>(sql, now + Lease, now, RuleBatch).ToListAsync(cancellationToken), cancellationToken);
        return ids.Select(id => new MaintenanceRuleId(id)).ToList();
    }

    /// <summary>The next check, and the lease let go; a rule deactivated meanwhile keeps no next check.</summary>
    private static Task<int> ReleaseAsync(ServiceStationDbContext db, MaintenanceRuleId id, DateTime next, CancellationToken cancellationToken) =>
        WriteTurns.InTurnAsync(db, () => db.MaintenanceRules.Where(r => r.Id == id && r.NextCheckAtUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.NextCheckAtUtc, (DateTime?)next).SetProperty(r => r.LockedUntilUtc, (DateTime?)null), cancellationToken), cancellationToken);

    private async Task<int> CheckAsync(ServiceStationDbContext db, MaintenanceRule rule, DateTime now, CancellationToken cancellationToken)
    {
        var reported = 0;
        string? afterVin = null;
        List<Vehicle> page;
        do
        {
            page = await VehiclesAsync(db, afterVin, cancellationToken);
            var ids = page.Select(v => v.Id.Value).ToList();
            var lastWorks = await LastWorksAsync(db, rule, ids, cancellationToken);
            var known = (await db.MaintenanceDues.AsNoTracking().Where(d => d.RuleId == rule.Id && ids.Contains(d.VehicleId))
                .Select(d => new { d.VehicleId, d.Cycle }).ToListAsync(cancellationToken)).Select(d => (d.VehicleId, d.Cycle)).ToHashSet();
            foreach (var vehicle in page.Where(v => rule.AppliesTo(v.Make)))
            {
                var basis = lastWorks.GetValueOrDefault(vehicle.Id.Value) ?? MaintenanceBasis.FirstKnown(vehicle);
                var expected = vehicle.ExpectedMileageAt(now);
                if (!known.Contains((vehicle.Id.Value, basis.Cycle)) && rule.DueFor(basis, expected, now) is { } reason
                    && await ReportAsync(MaintenanceDue.Report(rule, vehicle, basis, reason, expected, now), cancellationToken))
                {
                    reported++;
                }
            }

            afterVin = page.LastOrDefault()?.Vin;
        }
        while (page.Count == VehiclePage);

        return reported;
    }

    /// <summary>
    /// The vehicles a page at a time by VIN. The make is matched in memory (<see cref="MaintenanceRule.AppliesTo"/>):
    /// SQLite's lower() knows ASCII only, and makes such as "Škoda" must match whatever their case.
    /// </summary>
    private static Task<List<Vehicle>> VehiclesAsync(ServiceStationDbContext db, string? afterVin, CancellationToken cancellationToken) =>
        db.Vehicles.AsNoTracking()
            .Where(v => afterVin == null || string.Compare(v.Vin, afterVin) > 0)
            .OrderBy(v => v.Vin).Take(VehiclePage).ToListAsync(cancellationToken);

    /// <summary>Per vehicle, the last closed work order whose done works name the rule's works item: the current cycle's basis.</summary>
    private static async Task<Dictionary<Guid, MaintenanceBasis>> LastWorksAsync(ServiceStationDbContext db, MaintenanceRule rule, List<Guid> vehicleIds, CancellationToken cancellationToken)
    {
        var orders = await db.WorkOrders.AsNoTracking()
            .Where(o => vehicleIds.Contains(o.VehicleId) && o.Status == WorkOrderStatus.Closed)
            .Select(o => new { o.VehicleId, o.Id, o.ClosedAtUtc, o.MileageKm, Done = o.Works.Where(w => w.Status == WorkStatus.Done).Select(w => w.Name).ToList() })
            .ToListAsync(cancellationToken);
        return orders.Where(o => o.Done.Any(rule.Names))
            .GroupBy(o => o.VehicleId)
            .Select(g => g.MaxBy(o => o.ClosedAtUtc)!)
            .ToDictionary(o => o.VehicleId, o => MaintenanceBasis.LastWork(o.Id.Value, o.ClosedAtUtc!.Value, o.MileageKm));
    }

    /// <summary>Saves one due with its fact, in its own commit; false when another run or replica saved it first.</summary>
    private async Task<bool> ReportAsync(MaintenanceDue due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(MaintenanceDue));
        using var work = unitOfWork.Begin();
        scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>().MaintenanceDues.Add(due);
        try
        {
            await work.CommitAsync(cancellationToken);
            return true;
        }
        catch (DuplicateKeyException)
        {
            return false;
        }
    }
}
