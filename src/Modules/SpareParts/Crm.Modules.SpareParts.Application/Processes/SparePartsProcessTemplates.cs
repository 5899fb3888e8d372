using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>
/// The processes Spare Parts ships (seed 004: "Parts sale" and the robot's tasks), in the documented JSON format
/// (Processes/Templates/*.process.json), built only from engine blocks so an administrator can read, test-run and
/// change them. Processes installs and activates each once under these ids; after that administrators own them.
/// Their tasks go to the order's manager (the template's <c>executorFact</c>, ADR 0082).
/// </summary>
public static class SparePartsProcessTemplates
{
    /// <summary>"Parts sale": a posted customer order not tied to a work order, to its sale (ADR 0082).</summary>
    public static readonly Guid PartsSale = Guid.Parse("5e7a7300-0000-4000-8000-000000000001");

    /// <summary>"Goods late: agree new dates": on the order's fact supply-deadline-missed (the robot's check).</summary>
    public static readonly Guid GoodsLate = Guid.Parse("5e7a7300-0000-4000-8000-000000000002");

    /// <summary>"All goods in stock": invite the client, or a notice when a booking waits for the goods.</summary>
    public static readonly Guid AllGoodsInStock = Guid.Parse("5e7a7300-0000-4000-8000-000000000003");

    /// <summary>"Goods in stock: reserve set": a notice when ordered goods arrived on time and were reserved by themselves.</summary>
    public static readonly Guid ReserveSet = Guid.Parse("5e7a7300-0000-4000-8000-000000000004");

    public static IReadOnlyList<ProcessTemplate> All { get; } =
    [
        new ProcessTemplate(PartsSale, Read("parts-sale"), Activate: true),
        new ProcessTemplate(GoodsLate, Read("goods-late"), Activate: true),
        new ProcessTemplate(AllGoodsInStock, Read("all-goods-in-stock"), Activate: true),
        new ProcessTemplate(ReserveSet, Read("reserve-set"), Activate: true),
    ];

    public static ProcessTemplatesOfferedIntegrationEvent Offer() => new(SparePartsFacts.Module, All);

    internal static string Read(string name)
    {
        using var stream = typeof(SparePartsProcessTemplates).Assembly.GetManifestResourceStream($"Templates.{name}.process.json")
            ?? throw new InvalidOperationException($"The process template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
