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

    public const string Registered = "registered";
    public const string Identified = "identified";
    public const string MissedCall = "missed-call";
    public const string ResultSet = "result-set";
    public const string Continued = "continued";

    /// <summary>On a vehicle: a maintenance rule found it due (ADR 0077).</summary>
    public const string MaintenanceDue = "maintenance-due";

    /// <summary>Sales' object type whose facts the station keeps a copy of (its clients).</summary>
    public const string SalesClient = "client";
}
