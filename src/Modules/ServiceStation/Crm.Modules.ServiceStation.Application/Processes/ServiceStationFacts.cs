namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>The names the Service Station module publishes: its module code, object types and event names processes start or wait on.</summary>
public static class ServiceStationFacts
{
    public const string Module = "service-station";

    public const string Contact = "contact";
    public const string Vehicle = "vehicle";
    public const string Estimate = "estimate";
    public const string Booking = "booking";
    public const string WorkOrder = "work-order";

    /// <summary>Sales' object type whose facts the station keeps a copy of (its clients).</summary>
    public const string SalesClient = "client";
}
