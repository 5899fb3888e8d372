using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Contacts;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.GetContact;

public sealed record GetContactQuery(Guid Id) : IQuery<ContactDto>;

internal sealed class GetContactHandler(IReadRepository<Contact> contacts, ContactReader reader) : IRequestHandler<GetContactQuery, ContactDto>
{
    public async Task<ContactDto> Handle(GetContactQuery query, CancellationToken cancellationToken)
    {
        var contact = await contacts.FirstOrNotFoundAsync(new ContactByIdSpec(new ContactId(query.Id)), ContactLoading.What, query.Id, cancellationToken);
        return (await reader.ToDtosAsync([contact], cancellationToken))[0];
    }
}
