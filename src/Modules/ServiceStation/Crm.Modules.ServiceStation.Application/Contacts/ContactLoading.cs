using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Contacts;

namespace Crm.Modules.ServiceStation.Application.Contacts;

/// <summary>A contact loaded to be changed: 404 <c>contact.not-found</c>, If-Match checked (the one place for both).</summary>
public static class ContactLoading
{
    public const string What = "Contact";

    public static Task<Contact> ForUpdateAsync(this IRepository<Contact> contacts, Guid id, CancellationToken cancellationToken, int? expectedVersion = null) =>
        contacts.LoadForUpdateAsync(new ContactByIdSpec(new ContactId(id), forUpdate: true), What, id, cancellationToken, expectedVersion);
}
