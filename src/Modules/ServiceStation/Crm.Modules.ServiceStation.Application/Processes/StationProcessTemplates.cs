using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>
/// The processes the station ships (seed 004: "Client contact", "Service station visit" and the invitations), in the
/// documented JSON format (Processes/Templates/*.process.json), built only from engine blocks so an administrator can
/// read, test-run and change them. Processes installs and activates each once under these ids; after that
/// administrators own them. Their tasks name the station's task types (StationTaskTypes) and go to the positions below.
/// </summary>
public static class StationProcessTemplates
{
    /// <summary>The executors the templates name: Tasking's positions (fixed in its demo data, like Sales' operators).</summary>
    public static readonly Guid CallCentreOperators = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000101");

    /// <inheritdoc cref="CallCentreOperators"/>
    public static readonly Guid MasterConsultants = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000102");

    /// <inheritdoc cref="CallCentreOperators"/>
    public static readonly Guid PartsSpecialists = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000103");

    /// <summary>"Client contact": a new contact's task for the operators, to its result (ADR 0075).</summary>
    public static readonly Guid ClientContact = Guid.Parse("5e7a7200-0000-4000-8000-000000000001");

    /// <summary>"Continue negotiations": a contact continuing open talks, for the master consultants (ADR 0075).</summary>
    public static readonly Guid ContinueNegotiations = Guid.Parse("5e7a7200-0000-4000-8000-000000000002");

    /// <summary>"Invite to maintenance": on a vehicle's fact maintenance-due (ADR 0077).</summary>
    public static readonly Guid InviteToMaintenance = Guid.Parse("5e7a7200-0000-4000-8000-000000000020");

    /// <summary>"Invite by recommendations" (ADR 0078): two days after a work order closes with declined works.</summary>
    public static readonly Guid InviteByRecommendations = Guid.Parse("5e7a7200-0000-4000-8000-000000000030");

    /// <summary>"Service station visit": "Accept the client's car" at the booking's time (ADR 0076).</summary>
    public static readonly Guid ServiceStationVisit = Guid.Parse("5e7a7200-0000-4000-8000-000000000010");

    /// <summary>"Estimate made, continue": an estimate opened from a contact, until it is booked (ADR 0076).</summary>
    public static readonly Guid EstimateMadeContinue = Guid.Parse("5e7a7200-0000-4000-8000-000000000011");

    /// <summary>"Select parts": a work order asks for parts in words (ADR 0076).</summary>
    public static readonly Guid SelectParts = Guid.Parse("5e7a7200-0000-4000-8000-000000000012");

    /// <summary>"Select parts for a booking": a booked visit needs parts asked for in words (ADR 0076).</summary>
    public static readonly Guid SelectPartsForBooking = Guid.Parse("5e7a7200-0000-4000-8000-000000000013");

    /// <summary>Subprocesses first: a caller's exits are checked against the called definition when it is installed.</summary>
    public static IReadOnlyList<ProcessTemplate> All { get; } =
    [
        new ProcessTemplate(ClientContact, Read("client-contact"), Activate: true),
        new ProcessTemplate(ContinueNegotiations, Read("continue-negotiations"), Activate: true),
        new ProcessTemplate(InviteToMaintenance, Read("invite-to-maintenance"), Activate: true),
        new ProcessTemplate(InviteByRecommendations, Read("invite-by-recommendations"), Activate: true),
        new ProcessTemplate(ServiceStationVisit, Read("service-station-visit"), Activate: true),
        new ProcessTemplate(EstimateMadeContinue, Read("estimate-made-continue"), Activate: true),
        new ProcessTemplate(SelectParts, Read("select-parts"), Activate: true),
        new ProcessTemplate(SelectPartsForBooking, Read("select-parts-for-a-booking"), Activate: true),
    ];

    public static ProcessTemplatesOfferedIntegrationEvent Offer() => new(ServiceStationFacts.Module, All);

    internal static string Read(string name)
    {
        using var stream = typeof(StationProcessTemplates).Assembly.GetManifestResourceStream($"Templates.{name}.process.json")
            ?? throw new InvalidOperationException($"The process template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
