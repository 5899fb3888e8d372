using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Phones;

namespace Crm.Modules.ServiceStation.Application.Contacts;

/// <summary>
/// Opens a contact, however it came (a call, the site's form, the operator): the number in E.164, the client found
/// by it when exactly one known client has it (two namesakes of one number are for the operator to tell apart), and
/// an open contact of the same client continued rather than left beside it.
/// </summary>
public sealed class ContactRegistration(IRepository<Contact> contacts, IReadRepository<KnownClient> clients, PhoneRegion region, TimeProvider clock)
{
    public string? ToE164(string? phone) => PhoneNumber.ToE164(phone, region);

    public async Task<Contact> RegisterAsync(NewContact details, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var clientId = details.ClientId ?? await ClientByPhoneAsync(details.PhoneE164, cancellationToken);
        var open = clientId is null && details.PhoneE164 is null ? null
            : await contacts.FirstOrDefaultAsync(new OpenContactOfSpec(clientId, details.PhoneE164), cancellationToken);
        var contact = Contact.Register(new ContactId(Guid.NewGuid()), details with { ClientId = clientId }, now);
        if (open is not null)
        {
            contact.Continue(open, now);
        }

        contacts.Add(contact);
        return contact;
    }

    /// <summary>The open contact of this number's caller, to add a missed call to.</summary>
    public async Task<Contact?> OpenContactOfCallerAsync(string? phoneE164, CancellationToken cancellationToken)
    {
        if (phoneE164 is null)
        {
            return null;
        }

        var clientId = await ClientByPhoneAsync(phoneE164, cancellationToken);
        return await contacts.FirstOrDefaultAsync(new OpenContactOfSpec(clientId, phoneE164), cancellationToken);
    }

    private async Task<Guid?> ClientByPhoneAsync(string? phoneE164, CancellationToken cancellationToken)
    {
        if (phoneE164 is null)
        {
            return null;
        }

        var found = await clients.ListAsync(new KnownClientsByPhoneSpec(phoneE164), cancellationToken);
        return found.Count == 1 ? found[0].Id : null;
    }
}
