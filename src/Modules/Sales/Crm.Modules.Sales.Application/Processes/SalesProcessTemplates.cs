using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>
/// The processes Sales ships: "New order processing" and its subprocess "Call within 3 days" (seed 003), in the
/// documented JSON format (Processes/Templates/*.process.json). Processes installs and activates them on first
/// start under these ids; after that administrators own them.
/// </summary>
public static class SalesProcessTemplates
{
    public static readonly Guid NewOrderProcessing = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000001");
    public static readonly Guid CallWithinThreeDays = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000003");

    public static ProcessTemplatesOfferedIntegrationEvent Offer() => new(SalesFacts.Module,
    [
        new ProcessTemplate(CallWithinThreeDays, Read("call-within-3-days"), Activate: true), // called by the next one: first
        new ProcessTemplate(NewOrderProcessing, Read("new-order-processing"), Activate: true),
    ]);

    private static string Read(string name)
    {
        using var stream = typeof(SalesProcessTemplates).Assembly.GetManifestResourceStream($"Templates.{name}.process.json")
            ?? throw new InvalidOperationException($"The process template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
