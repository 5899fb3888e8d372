using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Domain.Contacts;

namespace Crm.Modules.ServiceStation.Application.Common;

/// <summary>
/// A booking or work order made from a contact answers the contact: "client booked" (seed 004: making the document
/// closes the contact's task with that result). The contact named must exist (400 on "contactId"). Open talks (no
/// result, or a passing one: postponed, redirected, awaiting the client) take it; a contact with another final result
/// (refused, sale made) keeps it: the document is still made, and processes learn of it from the document's own
/// facts, which carry the contact's id.
/// </summary>
public sealed class ContactOutcome(IRepository<Contact> contacts)
{
    public async Task<Contact?> ClientBookedAsync(Guid? contactId, Actor actor, CancellationToken cancellationToken)
    {
        if (contactId is not { } id)
        {
            return null;
        }

        var contact = await contacts.ForUpdateAsync(id, cancellationToken).Referenced("contactId");
        if (contact.IsOpen || contact.Result == ContactResult.ClientBooked)
        {
            contact.RecordResult(ContactResult.ClientBooked, null, actor.EmployeeId, actor.NowUtc);
        }

        return contact;
    }
}
