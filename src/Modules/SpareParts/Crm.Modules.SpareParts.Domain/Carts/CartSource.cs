namespace Crm.Modules.SpareParts.Domain.Carts;

/// <summary>
/// Where a cart was opened from: a task (Tasking), a contact, a booking or a work order (Service Station), by
/// <see cref="Kind"/> and id. A task's cart also keeps the task's subject when the opener knew it (the work order or
/// booking the "Select parts" task is about, the contact of a call), so the cart can find its document and its
/// contact without asking Tasking.
/// </summary>
public sealed record CartSource(string Kind, Guid Id, string? SubjectType = null, Guid? SubjectId = null)
{
    public const string Task = "task";
    public const string Contact = "contact";
    public const string Booking = "booking";
    public const string WorkOrder = "work-order";
    public const string Estimate = "estimate";

    public static readonly IReadOnlyList<string> Kinds = [Task, Contact, Booking, WorkOrder];

    /// <summary>The kinds of objects a task's subject may name here (the station's object types).</summary>
    public static readonly IReadOnlyList<string> SubjectTypes = [Contact, Booking, WorkOrder, Estimate];

    public static readonly IReadOnlyList<string> DocumentKinds = [Booking, WorkOrder];

    /// <summary>The document the cart's parts go to by default: its source if that is one, else its task's subject.</summary>
    public CartDocument? Document =>
        DocumentKinds.Contains(Kind) ? new CartDocument(Kind, Id)
        : SubjectType is { } type && SubjectId is { } id && DocumentKinds.Contains(type) ? new CartDocument(type, id)
        : null;

    /// <summary>Whether the cart was opened for this object: as its source or as its task's subject.</summary>
    public bool Names(string kind, Guid id) => (Kind == kind && Id == id) || (SubjectType == kind && SubjectId == id);
}

/// <summary>A Service Station document the picked parts are added to: a booking or a work order.</summary>
public sealed record CartDocument(string Kind, Guid Id);
