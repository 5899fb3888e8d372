using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Application.Clients.RegisterClient;
using Crm.Modules.Sales.Domain.Clients;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.ChangeClient;

/// <summary>
/// Edit a client's card: name, contacts, time zone. New contacts are told to processes, on the client and on its
/// open orders (a process waits for a phone to appear).
/// </summary>
public sealed record ChangeClientCommand(Guid ClientId, int? ExpectedVersion, string? Name, string? Email, string? Phone, string? Telegram, string? TimeZone)
    : ICommand<Unit>, IClientFields;

internal sealed class ChangeClientValidator : AbstractValidator<ChangeClientCommand>
{
    public ChangeClientValidator() => ClientFieldRules.Apply(this);
}

internal sealed class ChangeClientHandler(
    IRepository<Client> clients, ClientContactsChange contacts, ClientLookup lookup, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<ChangeClientCommand, Unit>
{
    public async Task<Unit> Handle(ChangeClientCommand command, CancellationToken cancellationToken)
    {
        var client = await lookup.GetAsync(command.ClientId, forUpdate: true, cancellationToken);
        if (command.ExpectedVersion is { } version)
        {
            clients.ExpectVersion(client, version);
        }

        await DuplicateEmail.ThrowIfTakenAsync(clients, command.Email, client.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        client.Rename(command.Name!, command.TimeZone ?? client.TimeZoneId, now);
        await contacts.ApplyAsync(client, new ClientContacts(Client.NormalizeEmail(command.Email), command.Phone, command.Telegram), me.Id, now, cancellationToken);

        return Unit.Value;
    }
}
