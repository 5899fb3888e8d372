using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Infrastructure.DemoData;

/// <summary>
/// Development only, on first start (skipped when the catalogue has any part): about 480 parts — oil, air, cabin and fuel
/// filters and brake pads for twenty popular cars, spark plugs, motor oils — each under several brands, the brands of
/// one kind for one car listing each other as analogues, plus an article of a brand the station does not stock.
/// Articles are made up in each maker's style; search "oil filter golf" or an article such as "w-712-75".
/// </summary>
internal static class DemoCatalogue
{
    private static readonly string[] Cars =
    [
        "VW Golf VII 1.4 TSI", "Skoda Octavia A7 1.6", "Hyundai Solaris 1.6", "Kia Rio 1.6", "Renault Logan 1.6", "Lada Vesta 1.6", "Toyota Camry 2.5",
        "Ford Focus III 1.6", "Nissan Qashqai 2.0", "Toyota RAV4 2.0", "Mazda 6 2.0", "Mitsubishi Outlander 2.4", "Chevrolet Cruze 1.6", "Opel Astra J 1.6",
        "BMW 320i F30", "Mercedes C200 W205", "Audi A4 B9 2.0 TFSI", "Kia Sportage 2.0", "Hyundai Creta 1.6", "Renault Duster 2.0",
    ];

    /// <summary>A kind of part for a car: its name, base price and how each brand prints its article for car <c>k</c>.</summary>
    private sealed record Kind(string Name, decimal Price, (string Brand, Func<int, string> Article)[] Makers, (string Brand, Func<int, string> Article) Foreign);

    private static readonly Kind[] Kinds =
    [
        new("Oil filter", 9.5m, [("Mann", k => $"W {712 + k}/75"), ("Mahle", k => $"OC {90 + (k * 7)}"), ("Bosch", k => $"0 451 103 {300 + k}"), ("Filtron", k => $"OP {526 + (k * 3)}")],
            ("Purflux", k => $"LS{900 + k}")),
        new("Air filter", 14m, [("Mann", k => $"C {2201 + (k * 37)}"), ("Mahle", k => $"LX {1000 + (k * 11)}"), ("Bosch", k => $"F 026 400 {100 + k}"), ("Filtron", k => $"AP {100 + (k * 2)}/{(k % 9) + 1}")],
            ("Hengst", k => $"E{1000 + (k * 13)}L")),
        new("Cabin filter", 12m, [("Mann", k => $"CU {2000 + (k * 23)}"), ("Mahle", k => $"LA {100 + (k * 5)}"), ("Bosch", k => $"1 987 432 {100 + k}"), ("Filtron", k => $"K {1000 + (k * 3)}")],
            ("Hengst", k => $"E{2900 + (k * 7)}LI")),
        new("Fuel filter", 18m, [("Mann", k => $"WK {820 + (k * 3)}"), ("Mahle", k => $"KL {100 + (k * 7)}"), ("Bosch", k => $"F 026 402 {10 + k:D3}"), ("Filtron", k => $"PP {800 + (k * 2)}")],
            ("Purflux", k => $"EP{100 + k}")),
        new("Brake pads front", 38m, [("Brembo", k => $"P 85 {100 + k:D3}"), ("TRW", k => $"GDB{1300 + (k * 3)}"), ("ATE", k => $"13.0460-{7000 + (k * 9)}.2"), ("Bosch", k => $"0 986 494 {100 + (k * 2)}"),
            ("Textar", k => $"{2300 + (k * 3)}01")], ("Ferodo", k => $"FDB{4000 + k}")),
    ];

    private static readonly (string Brand, string Article, string Name, decimal Price)[][] SparkPlugs =
    [.. Enumerable.Range(0, 10).Select(k => new[]
    {
        ("NGK", $"BKR{5 + (k % 3)}E-{11 + k}", $"Spark plug, gap 1.{k % 3} mm", 6.5m), ("Denso", $"K{16 + (k % 3) * 4}PR-U{11 + k}", $"Spark plug, gap 1.{k % 3} mm", 6m),
        ("Bosch", $"FR{6 + (k % 3)}DC+{k}", $"Spark plug, gap 1.{k % 3} mm", 5.5m), ("Champion", $"RC{8 + k}YC", $"Spark plug, gap 1.{k % 3} mm", 5m),
    })];

    private static readonly (string Brand, string Article, string Name, string Unit, decimal Price)[][] Oils =
    [
        [("Castrol", "15D6A3", "Motor oil Castrol Edge 5W-30 LL, 4 l canister", "pcs", 52m), ("Mobil", "152566", "Motor oil Mobil 1 ESP 5W-30, 4 l canister", "pcs", 55m),
            ("Liqui Moly", "8973", "Motor oil Liqui Moly Top Tec 4200 5W-30, 4 l canister", "pcs", 58m), ("Shell", "550046363", "Motor oil Shell Helix Ultra ECT C3 5W-30, 4 l canister", "pcs", 50m)],
        [("Castrol", "15D6A4-B", "Motor oil Castrol Edge 5W-30 LL, bulk", "l", 13m), ("Mobil", "152566-B", "Motor oil Mobil 1 ESP 5W-30, bulk", "l", 14m),
            ("Liqui Moly", "8973-B", "Motor oil Liqui Moly Top Tec 4200 5W-30, bulk", "l", 14.5m)],
        [("Shell", "550051529", "Motor oil Shell Helix Ultra 5W-40, 4 l canister", "pcs", 48m), ("Motul", "104066", "Motor oil Motul 8100 X-clean 5W-40, 4 l canister", "pcs", 60m),
            ("Castrol", "15C9CD", "Motor oil Castrol Magnatec 5W-40, 4 l canister", "pcs", 42m), ("Lukoil", "207465", "Motor oil Lukoil Genesis Armortech 5W-40, 4 l canister", "pcs", 30m)],
        [("Shell", "550051529-B", "Motor oil Shell Helix Ultra 5W-40, bulk", "l", 12m), ("Motul", "104066-B", "Motor oil Motul 8100 X-clean 5W-40, bulk", "l", 15m),
            ("Lukoil", "207465-B", "Motor oil Lukoil Genesis Armortech 5W-40, bulk", "l", 7.5m)],
    ];

    public static async Task SeedAsync(IServiceProvider services, SparePartsDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Parts.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var group in Groups())
        {
            db.Parts.AddRange(Interchangeable(group.Parts, group.Foreign, now));
        }

        using var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(DemoCatalogue)).Begin();
        await unitOfWork.CommitAsync(cancellationToken);
    }

    /// <summary>Parts that replace each other: each lists the others and the foreign article (if any) as analogues.</summary>
    private static IEnumerable<Part> Interchangeable(IReadOnlyList<PartDetails> group, ArticleRef? foreign, DateTime now) =>
        group.Select(details =>
        {
            var part = Part.Register(new PartId(Guid.NewGuid()), details);
            var others = group.Where(o => o != details).Select(o => new ArticleRef(o.Brand, o.Article));
            part.SetAnalogues([.. foreign is null ? others : others.Append(foreign)], now);
            return part;
        });

    private static IEnumerable<(IReadOnlyList<PartDetails> Parts, ArticleRef? Foreign)> Groups()
    {
        for (var k = 0; k < Cars.Length; k++)
        {
            foreach (var kind in Kinds)
            {
                var price = kind.Price + (k % 5);
                yield return ([.. kind.Makers.Select((m, i) => new PartDetails(m.Article(k), m.Brand, $"{kind.Name} {Cars[k]}", "pcs", price + (i * 1.5m)))],
                    new ArticleRef(kind.Foreign.Brand, kind.Foreign.Article(k)));
            }
        }

        foreach (var plugs in SparkPlugs)
        {
            yield return ([.. plugs.Select(p => new PartDetails(p.Article, p.Brand, p.Name, "pcs", p.Price))], null);
        }

        foreach (var oils in Oils)
        {
            yield return ([.. oils.Select(o => new PartDetails(o.Article, o.Brand, o.Name, o.Unit, o.Price))], null);
        }
    }
}
