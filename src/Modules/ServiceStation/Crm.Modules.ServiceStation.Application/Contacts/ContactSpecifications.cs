using Ardalis.Specification;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;

namespace Crm.Modules.ServiceStation.Application.Contacts;

public sealed class ContactByIdSpec : Specification<Contact>, ISingleResultSpecification<Contact>
{
    public ContactByIdSpec(ContactId id, bool forUpdate = false)
    {
        Query.Where(c => c.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>The contact a call belongs to (the call that opened it, or a missed call added to it).</summary>
public sealed class ContactByCallSpec : Specification<Contact>, ISingleResultSpecification<Contact>
{
    public ContactByCallSpec(string callId) => Query.Where(c => c.Calls.Any(call => call.CallId == callId)).AsTracking();
}

/// <summary>The newest open contact of a client, or (when the client is not known) of a phone number.</summary>
public sealed class OpenContactOfSpec : Specification<Contact>, ISingleResultSpecification<Contact>
{
    public OpenContactOfSpec(Guid? clientId, string? phoneE164)
    {
        Query.Where(ContactOpen.Expression)
            .Where(c => c.ClientId == clientId, clientId is not null)
            .Where(c => c.PhoneE164 == phoneE164, clientId is null)
            .OrderByDescending(c => c.SortKey)
            .AsTracking();
    }
}

/// <summary>Open contacts waiting for Sales to tell about the client the operator named.</summary>
public sealed class ContactsAwaitingClientSpec : Specification<Contact>
{
    public ContactsAwaitingClientSpec(Guid clientId) => Query.Where(c => c.AwaitingClientId == clientId).AsTracking();
}

/// <summary>Two clients at most with the number: one identifies the caller, two mean the operator must choose.</summary>
public sealed class KnownClientsByPhoneSpec : Specification<KnownClient>
{
    public KnownClientsByPhoneSpec(string phoneE164) => Query.Where(c => c.PhoneE164 == phoneE164).OrderBy(c => c.Id).Take(2);
}

public sealed class KnownClientsByIdsSpec : Specification<KnownClient>
{
    public KnownClientsByIdsSpec(IReadOnlyCollection<Guid> ids) => Query.Where(c => ids.Contains(c.Id));
}

/// <summary><see cref="Contact.IsOpen"/> as a query: no result, or a passing one.</summary>
public static class ContactOpen
{
    public static readonly System.Linq.Expressions.Expression<Func<Contact, bool>> Expression =
        c => c.Result == null || (c.Result != ContactResult.ClientBooked && c.Result != ContactResult.Refused && c.Result != ContactResult.SaleMade);

    public static readonly System.Linq.Expressions.Expression<Func<Contact, bool>> Closed =
        c => c.Result == ContactResult.ClientBooked || c.Result == ContactResult.Refused || c.Result == ContactResult.SaleMade;
}
