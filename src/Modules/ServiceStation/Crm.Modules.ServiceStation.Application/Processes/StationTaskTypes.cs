using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>
/// The task types of the station's processes (seed 004, "Service station flows"), offered to Tasking on every
/// start-up under fixed ids so the station's process templates can name them (ADR 0073). Tasking installs each
/// once; from then on administrators own it. Result codes are the contact results' fact values where they meet.
/// </summary>
public static class StationTaskTypes
{
    public static readonly Guid SpecifyContactResult = Guid.Parse("5e7a7100-0000-4000-8000-000000000001");
    public static readonly Guid PostponedSpecifyContactResult = Guid.Parse("5e7a7100-0000-4000-8000-000000000002");
    public static readonly Guid ProcessMissedCall = Guid.Parse("5e7a7100-0000-4000-8000-000000000003");
    public static readonly Guid ContinueNegotiations = Guid.Parse("5e7a7100-0000-4000-8000-000000000004");
    public static readonly Guid AcceptClientsCar = Guid.Parse("5e7a7100-0000-4000-8000-000000000005");
    public static readonly Guid PostponedAcceptClientsCar = Guid.Parse("5e7a7100-0000-4000-8000-000000000006");
    public static readonly Guid EstimateMadeContinue = Guid.Parse("5e7a7100-0000-4000-8000-000000000007");
    public static readonly Guid InviteToMaintenance = Guid.Parse("5e7a7100-0000-4000-8000-000000000008");
    public static readonly Guid InviteByRecommendations = Guid.Parse("5e7a7100-0000-4000-8000-000000000009");
    public static readonly Guid SelectParts = Guid.Parse("5e7a7100-0000-4000-8000-00000000000a");
    public static readonly Guid MakeTheSale = Guid.Parse("5e7a7100-0000-4000-8000-00000000000b");

    /// <summary>A missed caller is waiting: the operators should call back within this long (then it escalates).</summary>
    public static readonly TimeSpan MissedCallReaction = TimeSpan.FromMinutes(15);

    // Result codes (lower case with dashes, like the station's fact values).
    public const string ClientBooked = "client-booked";
    public const string Postponed = "postponed";
    public const string Redirected = "redirected";
    public const string Refused = "refused";
    public const string AwaitingWithReserve = "awaiting-client-with-reserve";
    public const string AwaitingWithoutReserve = "awaiting-client-without-reserve";
    public const string SaleMade = "sale-made";
    public const string ClientArrived = "client-arrived";
    public const string NoArrival = "no-arrival";
    public const string PartsSelected = "parts-selected";

    private static readonly OfferedTaskResult[] ContactResults =
    [
        new(ClientBooked, "Client booked"),
        new(Postponed, "Postpone", AsksForMoment: true),
        new(Redirected, "Redirect"),
        new(Refused, "Refusal", RequiresReason: true),
        new(AwaitingWithReserve, "Awaiting client, with reserve"),
        new(AwaitingWithoutReserve, "Awaiting client, without reserve"),
        new(SaleMade, "Sale made"),
    ];

    private static readonly OfferedTaskResult[] VisitResults =
    [
        new(ClientArrived, "Client arrived"),
        new(Postponed, "Move the booking", AsksForMoment: true),
        new(NoArrival, "No arrival", RequiresReason: true),
    ];

    private static readonly OfferedTaskResult[] InvitationResults =
    [
        new(ClientBooked, "Client booked"),
        new(Postponed, "Postpone", AsksForMoment: true),
        new(Redirected, "Redirect"),
        new(NoArrival, "No arrival", RequiresReason: true),
    ];

    public static IReadOnlyList<OfferedTaskType> All { get; } =
    [
        new(SpecifyContactResult, "Specify contact result", OfferedTaskType.CallKind, "phone", "#1e88e5", ContactResults),
        new(PostponedSpecifyContactResult, "Task postponed, specify contact result", OfferedTaskType.CallKind, "phone", "#5e35b1", ContactResults),
        new(ProcessMissedCall, "Process a missed call", OfferedTaskType.CallKind, "phone-missed", "#e53935", ContactResults, MissedCallReaction, AlertOnOpen: true),
        new(ContinueNegotiations, "Continue negotiations", OfferedTaskType.CallKind, "forum", "#00897b", ContactResults),
        new(AcceptClientsCar, "Accept the client's car", OfferedTaskType.TaskKind, "car", "#43a047", VisitResults),
        new(PostponedAcceptClientsCar, "Task postponed, accept the client's car", OfferedTaskType.TaskKind, "car", "#7cb342", VisitResults),
        new(EstimateMadeContinue, "Estimate made, continue", OfferedTaskType.CallKind, "calculate", "#fb8c00",
            [new(ClientBooked, "Client booked"), new(Postponed, "Postpone", AsksForMoment: true), new(Redirected, "Redirect"), new(Refused, "Refusal", RequiresReason: true)]),
        new(InviteToMaintenance, "Invite to maintenance", OfferedTaskType.CallKind, "build", "#3949ab", InvitationResults),
        new(InviteByRecommendations, "Invite by recommendations", OfferedTaskType.CallKind, "thumb-up", "#8e24aa", InvitationResults),
        new(SelectParts, "Select parts", OfferedTaskType.TaskKind, "inventory", "#6d4c41", [new(PartsSelected, "Parts selected"), new(Redirected, "Redirect")]),
        new(MakeTheSale, "Make the sale, specify result", OfferedTaskType.CallKind, "shopping-cart", "#f4511e",
            [new(SaleMade, "Sale made"), new(Postponed, "Postpone", AsksForMoment: true), new(Refused, "Refusal", RequiresReason: true)]),
    ];

    public static TaskTypesOfferedIntegrationEvent Offer() => new(ServiceStationFacts.Module, All);
}
