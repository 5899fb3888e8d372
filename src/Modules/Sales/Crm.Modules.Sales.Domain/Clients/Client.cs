using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Common;

namespace Crm.Modules.Sales.Domain.Clients;

public readonly record struct ClientId(Guid Value) : ITypedId;

/// <summary>
/// A client (a service station's customer, the seed's "user"): contacts, tags, comments on the card and the
/// communication history, where answers given in process tasks about the client land.
/// </summary>
public sealed class Client : AggregateRoot<ClientId>
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 32;
    public const int TelegramMaxLength = 64;
    public const int CommentMaxLength = 4000;

    private readonly List<Tag> _tags = [];
    private readonly List<ClientComment> _comments = [];
    private readonly List<ClientHistoryEntry> _history = [];

    private Client()
    {
        Name = string.Empty;
        TimeZoneId = "UTC";
    }

    public long Number { get; private set; }

    public string Name { get; private set; }

    /// <summary>Lower case, trimmed: the duplicate check compares these.</summary>
    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? Telegram { get; private set; }

    /// <summary>IANA zone the client lives in, e.g. "Europe/Lisbon": when to call.</summary>
    public string TimeZoneId { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime? LastVisitAtUtc { get; private set; }

    public IReadOnlyList<Tag> Tags => _tags;

    public IReadOnlyList<ClientComment> Comments => _comments;

    public IReadOnlyList<ClientHistoryEntry> History => _history;

    public bool HasPhone => !string.IsNullOrEmpty(Phone);

    public static string? NormalizeEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static Client Register(ClientId id, long number, string name, ClientContacts contacts, string timeZoneId, IEnumerable<string> tags, DateTime nowUtc)
    {
        var client = new Client
        {
            Id = id,
            Number = number,
            Name = Guard.NotBlank(name, nameof(name), NameMaxLength),
            TimeZoneId = Guard.NotBlank(timeZoneId, nameof(timeZoneId), 64),
            RegisteredAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        client.Apply(contacts);
        Tag.AddTo(client._tags, tags);
        client.Raise(new ClientRegisteredDomainEvent(client, nowUtc));
        return client;
    }

    /// <summary>New e-mail, phone or Telegram; returns whether anything changed (processes wait for a phone to appear).</summary>
    public bool ChangeContacts(ClientContacts contacts, Guid? by, DateTime nowUtc)
    {
        if (contacts == Contacts)
        {
            return false;
        }

        var before = Contacts;
        Apply(contacts);
        Record(ClientHistoryKind.ContactsChanged, $"Contacts changed: {before.Describe()} → {Contacts.Describe()}", by, null, nowUtc);
        Raise(new ClientContactsChangedDomainEvent(this, nowUtc));
        return true;
    }

    /// <summary>A new name or time zone; others (processes, the tasks' subject directory) are told the new name.</summary>
    public void Rename(string name, string timeZoneId, DateTime nowUtc)
    {
        var (before, zoneBefore) = (Name, TimeZoneId);
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        TimeZoneId = Guard.NotBlank(timeZoneId, nameof(timeZoneId), 64);
        if (Name != before || TimeZoneId != zoneBefore)
        {
            Raise(new ClientRenamedDomainEvent(this, nowUtc));
        }
    }

    public ClientContacts Contacts => new(Email, Phone, Telegram);

    public void AddTags(IEnumerable<string> tags) => Tag.AddTo(_tags, tags);

    public bool RemoveTag(string tag) => Tag.RemoveFrom(_tags, tag);

    /// <summary>A comment left on the card: it stays on the card and never shows in an order's history (seed 000).</summary>
    public void Comment(string text, Guid by, DateTime nowUtc) =>
        _comments.Add(new ClientComment(Guid.NewGuid(), Guard.NotBlank(text, nameof(text), CommentMaxLength), by, Guard.Utc(nowUtc, nameof(nowUtc))));

    /// <summary>An answer or comment given in a task about this client or one of its orders.</summary>
    public void RecordTaskNote(ClientHistoryKind kind, string text, Guid? by, string source, DateTime atUtc) =>
        Record(kind, text, by, source, atUtc);

    /// <summary>A message written to the client (its delivery status lives on the message).</summary>
    public void RecordMessage(string text, Guid? by, string source, DateTime nowUtc) =>
        Record(ClientHistoryKind.MessageSent, text, by, source, nowUtc);

    /// <summary>The site's tracker saw the client on a page: a fact processes may start on (seed 002).</summary>
    public void VisitPage(string url, string? query, DateTime nowUtc)
    {
        LastVisitAtUtc = Guard.Utc(nowUtc, nameof(nowUtc));
        Raise(new ClientVisitedPageDomainEvent(this, url, query, nowUtc));
    }

    private void Apply(ClientContacts contacts)
    {
        Email = NormalizeEmail(contacts.Email);
        Phone = string.IsNullOrWhiteSpace(contacts.Phone) ? null : contacts.Phone.Trim();
        Telegram = string.IsNullOrWhiteSpace(contacts.Telegram) ? null : contacts.Telegram.Trim();
    }

    private void Record(ClientHistoryKind kind, string text, Guid? by, string? source, DateTime atUtc)
    {
        var trimmed = text.Length > ClientHistoryEntry.TextMaxLength ? text[..ClientHistoryEntry.TextMaxLength] : text;
        _history.Add(new ClientHistoryEntry(Guid.NewGuid(), kind, trimmed, by, source, Guard.Utc(atUtc, nameof(atUtc))));
    }
}

/// <summary>How to reach a client. Any part may be missing; e-mail is stored lower case.</summary>
public sealed record ClientContacts(string? Email, string? Phone, string? Telegram)
{
    public string Describe() =>
        string.Join(", ", new[] { Email, Phone, Telegram }.Where(v => !string.IsNullOrEmpty(v))) is { Length: > 0 } text ? text : "none";
}
