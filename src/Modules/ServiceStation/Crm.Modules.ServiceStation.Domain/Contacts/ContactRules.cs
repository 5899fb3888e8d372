using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Contacts;

/// <summary>A refusal says why (the reason from the directory), so the station can count why clients go.</summary>
public sealed class RefusalNeedsReasonRule(ContactResult result, string? reason) : IBusinessRule
{
    public string Code => "contact.reason-required";

    public string Message => "A refusal needs the reason.";

    public bool IsBroken() => result == ContactResult.Refused && string.IsNullOrWhiteSpace(reason);
}

/// <summary>A contact's result is given once: a second one is somebody answering what was already answered.</summary>
public sealed class ResultIsGivenOnceRule(ContactResult? current, ContactResult next) : IBusinessRule
{
    public string Code => "contact.result-already-set";

    public string Message => $"The contact already has its result ({current}).";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => current is not null && current != next;
}

/// <summary>The client of a contact is named once it is known; changing it after the result would rewrite history.</summary>
public sealed class ClientChangesWhileOpenRule(ContactResult? result) : IBusinessRule
{
    public string Code => "contact.closed";

    public string Message => "The contact has its result: its client can no longer change.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => result is not null;
}
