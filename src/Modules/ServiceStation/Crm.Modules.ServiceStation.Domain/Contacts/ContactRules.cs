using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Contacts;

/// <summary>A refusal says why (the reason from the directory), so the station can count why clients go.</summary>
public sealed class RefusalNeedsReasonRule(ContactResult result, string? reason) : IBusinessRule
{
    public string Code => "contact.reason-required";

    public string Message => "A refusal needs the reason.";

    public bool IsBroken() => result == ContactResult.Refused && string.IsNullOrWhiteSpace(reason);
}

/// <summary>
/// A final result (client booked, refused, sale made) stands: another one is somebody answering what was already
/// answered. A passing one (postponed, redirected, awaiting the client) is followed by the next.
/// </summary>
public sealed class FinalResultStandsRule(ContactResult? current, ContactResult next) : IBusinessRule
{
    public string Code => "contact.result-already-set";

    public string Message => $"The contact already has its final result ({current}).";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => current is { } result && ContactResults.IsFinal(result) && result != next;
}

/// <summary>The client of a contact is named while its talks are open; changing it after the final result would rewrite history.</summary>
public sealed class ClientChangesWhileOpenRule(ContactResult? result) : IBusinessRule
{
    public string Code => "contact.closed";

    public string Message => "The contact has its final result: its client can no longer change.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => result is { } final && ContactResults.IsFinal(final);
}
