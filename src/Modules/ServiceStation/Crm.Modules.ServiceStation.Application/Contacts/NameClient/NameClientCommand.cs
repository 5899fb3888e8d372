using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.NameClient;

/// <summary>
/// The operator says who the client is: one the station knows, or one just registered in Sales (POST
/// /api/sales/clients) whose facts have not reached the station yet — the contact then waits for them (ADR 0068).
/// When those facts land at the same moment, the duplicate client row means they won: the command runs again on them.
/// </summary>
public sealed record NameClientCommand(Guid ContactId, int? ExpectedVersion, Guid? ClientId) : ICommand<Unit>, IRetriedOnDuplicateKey;

internal sealed class NameClientValidator : AbstractValidator<NameClientCommand>
{
    public NameClientValidator() => RuleFor(c => c.ClientId).NotNull().NotEqual(Guid.Empty);
}

internal sealed class NameClientHandler(IRepository<Contact> contacts, IRepository<KnownClient> clients, TimeProvider clock) : IRequestHandler<NameClientCommand, Unit>
{
    public async Task<Unit> Handle(NameClientCommand command, CancellationToken cancellationToken)
    {
        var contact = await contacts.ForUpdateAsync(command.ContactId, cancellationToken, command.ExpectedVersion);
        var clientId = command.ClientId!.Value;
        var client = await clients.GetByIdAsync(clientId, cancellationToken);
        if (client is null)
        {
            // Sales' facts arriving meanwhile meet this row (a duplicate key here, an update there), never pass the contact by.
            clients.Add(KnownClient.Awaited(clientId));
        }

        contact.NameClient(clientId, client?.Reported == true, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
