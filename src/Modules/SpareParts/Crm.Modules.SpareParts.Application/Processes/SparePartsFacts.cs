namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>The names the Spare Parts module publishes: its module code, object types and event names processes start or wait on.</summary>
public static class SparePartsFacts
{
    public const string Module = "spare-parts";
}
