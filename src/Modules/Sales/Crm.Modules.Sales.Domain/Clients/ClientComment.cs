namespace Crm.Modules.Sales.Domain.Clients;

/// <summary>A note on the client's card.</summary>
public sealed class ClientComment
{
    private ClientComment()
    {
        Text = string.Empty;
    }

    internal ClientComment(Guid id, string text, Guid authorId, DateTime atUtc)
    {
        Id = id;
        Text = text;
        AuthorId = authorId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public string Text { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTime AtUtc { get; private set; }
}

public enum ClientHistoryKind
{
    ContactsChanged,
    TaskAnswer,
    TaskComment,
    MessageSent,
}

/// <summary>
/// One line of the communication history: contacts changed, a task's answer or comment, a message sent.
/// <see cref="Source"/> says where it came from ("task:…", "order:…", "message:…").
/// </summary>
public sealed class ClientHistoryEntry
{
    public const int TextMaxLength = 4000;

    private ClientHistoryEntry()
    {
        Text = string.Empty;
    }

    internal ClientHistoryEntry(Guid id, ClientHistoryKind kind, string text, Guid? employeeId, string? source, DateTime atUtc)
    {
        Id = id;
        Kind = kind;
        Text = text;
        EmployeeId = employeeId;
        Source = source;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public ClientHistoryKind Kind { get; private set; }

    public string Text { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public string? Source { get; private set; }

    public DateTime AtUtc { get; private set; }
}
