using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>
/// The task types of Spare Parts' processes (seed 004, "Parts sale"), offered to Tasking on every start-up under
/// fixed ids so the shipped templates can name them (ADR 0073, 0082). Tasking installs each once; from then on
/// administrators own it.
/// </summary>
public static class SparePartsTaskTypes
{
    public static readonly Guid MakeTheSale = Guid.Parse("5e7a7110-0000-4000-8000-000000000001");
    public static readonly Guid PostponedMakeTheSale = Guid.Parse("5e7a7110-0000-4000-8000-000000000002");
    public static readonly Guid CallBackMakeTheSale = Guid.Parse("5e7a7110-0000-4000-8000-000000000003");

    // The robot's tasks (seed 004, "Robot of scheduled operations").
    public static readonly Guid GoodsLate = Guid.Parse("5e7a7110-0000-4000-8000-000000000004");
    public static readonly Guid InviteTheClient = Guid.Parse("5e7a7110-0000-4000-8000-000000000005");
    public static readonly Guid AllGoodsInStockNotice = Guid.Parse("5e7a7110-0000-4000-8000-000000000006");
    public static readonly Guid ReserveSetNotice = Guid.Parse("5e7a7110-0000-4000-8000-000000000007");

    // Result codes (lower case with dashes, like the station's).
    public const string SaleMade = "sale-made";
    public const string Reserve = "reserve";
    public const string Postponed = "postponed";
    public const string CallBack = "call-back";
    public const string Redirected = "redirected";
    public const string Refused = "refused";
    public const string NewDeadline = "new-deadline";
    public const string Invited = "invited";
    public const string Ok = "ok";

    private static readonly OfferedTaskResult[] SaleResults =
    [
        new(SaleMade, "Sale made"),
        new(Reserve, "Reserve the goods"),
        new(Postponed, "Postpone", AsksForMoment: true),
        new(CallBack, "Call the client back", AsksForMoment: true),
        new(Redirected, "Redirect"),
        new(Refused, "Refusal", RequiresReason: true),
    ];

    public static IReadOnlyList<OfferedTaskType> All { get; } =
    [
        new(MakeTheSale, "Make the sale, specify result", OfferedTaskType.TaskKind, "shopping-cart", "#f4511e", SaleResults),
        new(PostponedMakeTheSale, "Task postponed, make the sale", OfferedTaskType.TaskKind, "shopping-cart", "#8d6e63", SaleResults),
        new(CallBackMakeTheSale, "Call the client back, make the sale", OfferedTaskType.CallKind, "phone", "#fb8c00", SaleResults),
        new(GoodsLate, "Goods late: agree new dates", OfferedTaskType.TaskKind, "schedule", "#e53935",
            [new(NewDeadline, "New deadline set", AsksForMoment: true), new(Redirected, "Redirect")]),
        new(InviteTheClient, "All goods in stock: invite the client", OfferedTaskType.CallKind, "phone", "#43a047",
            [new(Invited, "Client invited"), new(Postponed, "Postpone", AsksForMoment: true), new(Redirected, "Redirect")]),
        new(AllGoodsInStockNotice, "All goods in stock: the booking waits for them", OfferedTaskType.TaskKind, "inventory", "#7cb342", [new(Ok, "Ok")]),
        new(ReserveSetNotice, "Goods in stock: reserve set", OfferedTaskType.TaskKind, "inventory", "#00897b", [new(Ok, "Ok")]),
    ];

    public static TaskTypesOfferedIntegrationEvent Offer() => new(SparePartsFacts.Module, All);
}
