using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Contacts;

public readonly record struct ContactId(Guid Value) : ITypedId;

/// <summary>How the client reached the station.</summary>
public enum ContactKind
{
    IncomingCall,
    MissedCall,
    Chat,
    WalkIn,
    WebForm,
}

/// <summary>What the contact is about: the seed's "repair services", "spare parts", and "continuation" of open talks.</summary>
public enum ContactCategory
{
    RepairServices,
    SpareParts,
    Continuation,
}

/// <summary>How a contact ended (the seed's "contact result"); repair and parts results, and refusal (with a reason).</summary>
public enum ContactResult
{
    ClientBooked,
    Postponed,
    Redirected,
    Refused,
    AwaitingClientWithReserve,
    AwaitingClientWithoutReserve,
    SaleMade,
}

/// <summary>Which results end the talks: after them the contact is closed, and its client's next contact is a new one.</summary>
public static class ContactResults
{
    public static readonly IReadOnlyList<ContactResult> Final = [ContactResult.ClientBooked, ContactResult.Refused, ContactResult.SaleMade];

    public static bool IsFinal(ContactResult result) => Final.Contains(result);
}

/// <summary>
/// One telephone call the contact came from, or one that was added to it (a missed call of its caller);
/// <see cref="LostReason"/>: why a missed call was lost, as the PBX said or as its events show.
/// </summary>
public sealed record ContactCall(string CallId, string? CalledLine, DateTime AtUtc, bool Missed, string? LostReason = null);

/// <summary>What the station's site sent: the wish as the client wrote it.</summary>
public sealed record WebFormDetails(string Name, string? Car);
