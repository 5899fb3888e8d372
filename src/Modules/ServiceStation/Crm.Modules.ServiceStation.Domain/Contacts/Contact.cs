using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Contacts;

/// <summary>
/// An inbound contact: a call (answered or missed), a chat, a walk-in or the site's form. It is open until it has its
/// result; while open, its client's further missed calls are added to it, and a new contact of its client continues
/// it. The client is known from the start (the caller's number matched one client) or named by the operator; a
/// client the station has not heard of from Sales yet is awaited (<see cref="AwaitingClientId"/>, ADR 0068).
/// </summary>
public sealed class Contact : AggregateRoot<ContactId>
{
    public const int PhoneMaxLength = 40;
    public const int AddressMaxLength = 320;
    public const int TextMaxLength = 4000;
    public const int ReasonMaxLength = 500;
    public const int CallIdMaxLength = 100;
    public const int NameMaxLength = 200;

    private readonly List<ContactCall> _calls = [];

    private Contact()
    {
    }

    public ContactKind Kind { get; private set; }

    public ContactCategory Category { get; private set; }

    public DateTime MomentUtc { get; private set; }

    /// <summary>The number the contact came from, as it came; <see cref="PhoneE164"/> is what it is matched by.</summary>
    public string? Phone { get; private set; }

    public string? PhoneE164 { get; private set; }

    /// <summary>Where a chat or a form came from when there is no phone (a messenger handle, an e-mail).</summary>
    public string? Address { get; private set; }

    public Guid? ClientId { get; private set; }

    /// <summary>The client the operator named that Sales has not told the station about yet; it becomes the client when its facts arrive.</summary>
    public Guid? AwaitingClientId { get; private set; }

    public string? ClientsWords { get; private set; }

    public string? WorksNeeded { get; private set; }

    public WebFormDetails? WebForm { get; private set; }

    /// <summary>The open contact of the same client this one continues.</summary>
    public ContactId? ContinuesId { get; private set; }

    public ContactResult? Result { get; private set; }

    public string? ResultReason { get; private set; }

    public DateTime? ResultAtUtc { get; private set; }

    public Guid? ResultById { get; private set; }

    public Guid? RegisteredById { get; private set; }

    public IReadOnlyList<ContactCall> Calls => _calls;

    /// <summary>Newest first in lists: the moment, then the id for contacts of one instant.</summary>
    public string SortKey { get; private set; } = string.Empty;

    /// <summary>Open talks: no result yet, or a passing one (postponed, redirected, awaiting the client).</summary>
    public bool IsOpen => Result is not { } result || !ContactResults.IsFinal(result);

    public bool IsIdentified => ClientId is not null;

    public int MissedCalls => _calls.Count(c => c.Missed);

    /// <summary>Why the latest missed call was lost: what "Process a missed call" shows the operator.</summary>
    public string? LostReason => _calls.Where(c => c.Missed).MaxBy(c => c.AtUtc)?.LostReason;

    public static Contact Register(ContactId id, NewContact details, DateTime nowUtc)
    {
        var contact = new Contact
        {
            Id = id,
            Kind = details.Kind,
            Category = details.Category,
            MomentUtc = Guard.Utc(details.MomentUtc, nameof(details.MomentUtc)),
            Phone = details.Phone,
            PhoneE164 = details.PhoneE164,
            Address = details.Address,
            ClientId = details.ClientId,
            ClientsWords = details.ClientsWords,
            WorksNeeded = details.WorksNeeded,
            WebForm = details.WebForm,
            RegisteredById = details.RegisteredById,
            SortKey = details.MomentUtc.ToString("yyyyMMddHHmmssfffffff", System.Globalization.CultureInfo.InvariantCulture) + "|" + id.Value.ToString("N"),
        };
        if (details.Call is { } call)
        {
            contact._calls.Add(call);
        }

        contact.Raise(new ContactRegisteredDomainEvent(contact, nowUtc));
        if (details.Call is { Missed: true } missed)
        {
            contact.Raise(new ContactMissedCallDomainEvent(contact, missed, nowUtc));
        }

        return contact;
    }

    /// <summary>This contact of the same client as <paramref name="open"/> continues it: its category says so.</summary>
    public void Continue(Contact open, DateTime nowUtc)
    {
        ContinuesId = open.Id;
        Category = ContactCategory.Continuation;
        open.Raise(new ContactContinuedDomainEvent(open, Id, nowUtc));
    }

    public bool HoldsCall(string callId) => _calls.Any(c => c.CallId == callId);

    /// <summary>Another missed call of the caller while the contact is open: added to it, not a contact of its own.</summary>
    public void AddMissedCall(ContactCall call, DateTime nowUtc)
    {
        _calls.Add(call with { Missed = true });
        Raise(new ContactMissedCallDomainEvent(this, call, nowUtc));
    }

    /// <summary>The operator says who the client is; a client Sales has not told about yet is awaited (see <see cref="ClientKnown"/>).</summary>
    public void NameClient(Guid clientId, bool known, DateTime nowUtc)
    {
        CheckRule(new ClientChangesWhileOpenRule(Result));
        if (known)
        {
            Identify(clientId, nowUtc);
        }
        else
        {
            AwaitingClientId = clientId;
        }
    }

    /// <summary>Sales told about a client: if it is the one awaited, the contact is identified. Returns whether it was.</summary>
    public bool ClientKnown(Guid clientId, DateTime nowUtc)
    {
        if (AwaitingClientId != clientId)
        {
            return false;
        }

        Identify(clientId, nowUtc);
        return true;
    }

    public void ChangeNotes(ContactCategory category, string? clientsWords, string? worksNeeded, DateTime nowUtc)
    {
        if (Category == category && ClientsWords == clientsWords && WorksNeeded == worksNeeded)
        {
            return;
        }

        (Category, ClientsWords, WorksNeeded) = (category, clientsWords, worksNeeded);
        Raise(new ContactNotesChangedDomainEvent(this, nowUtc));
    }

    /// <summary>
    /// The contact's result: by the operator, or by a document made from the contact (a booking or work order records
    /// <see cref="ContactResult.ClientBooked"/>). A passing result may be followed by another; after a final one the
    /// same result again changes nothing and another is a conflict.
    /// </summary>
    public void RecordResult(ContactResult result, string? reason, Guid? byEmployeeId, DateTime nowUtc)
    {
        CheckRule(new RefusalNeedsReasonRule(result, reason));
        CheckRule(new FinalResultStandsRule(Result, result));
        if (Result == result && ContactResults.IsFinal(result))
        {
            return;
        }

        (Result, ResultReason, ResultAtUtc, ResultById) = (result, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), nowUtc, byEmployeeId);
        Raise(new ContactResultSetDomainEvent(this, nowUtc));
    }

    private void Identify(Guid clientId, DateTime nowUtc)
    {
        AwaitingClientId = null;
        if (ClientId == clientId)
        {
            return;
        }

        ClientId = clientId;
        Raise(new ContactIdentifiedDomainEvent(this, nowUtc));
    }
}

/// <summary>What a new contact starts with.</summary>
public sealed record NewContact(
    ContactKind Kind,
    ContactCategory Category,
    DateTime MomentUtc,
    string? Phone,
    string? PhoneE164,
    string? Address,
    Guid? ClientId,
    string? ClientsWords = null,
    string? WorksNeeded = null,
    ContactCall? Call = null,
    WebFormDetails? WebForm = null,
    Guid? RegisteredById = null);
