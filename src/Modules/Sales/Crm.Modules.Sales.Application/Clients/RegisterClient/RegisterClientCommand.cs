using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.RegisterClient;

/// <summary>Register a client. An e-mail another client has is a 409 that points at that client.</summary>
public sealed record RegisterClientCommand(string? Name, string? Email, string? Phone, string? Telegram, string? TimeZone, IReadOnlyList<string>? Tags)
    : ICommand<Guid>, IClientFields;

internal sealed class RegisterClientValidator : AbstractValidator<RegisterClientCommand>
{
    public RegisterClientValidator()
    {
        ClientFieldRules.Apply(this);
        ClientFieldRules.Tags(this, c => c.Tags);
        RuleFor(c => c.Email).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Phone) && string.IsNullOrWhiteSpace(c.Telegram))
            .WithMessage("Give an e-mail, a phone or a Telegram account: a way to reach the client.");
    }
}

internal sealed class RegisterClientHandler(IRepository<Client> clients, ISalesNumbers numbers, TimeProvider clock)
    : IRequestHandler<RegisterClientCommand, Guid>
{
    public async Task<Guid> Handle(RegisterClientCommand command, CancellationToken cancellationToken)
    {
        await DuplicateEmail.ThrowIfTakenAsync(clients, command.Email, null, cancellationToken);
        var client = Client.Register(
            new ClientId(Guid.NewGuid()),
            await numbers.NextClientNumberAsync(cancellationToken),
            command.Name!,
            new ClientContacts(command.Email, command.Phone, command.Telegram),
            command.TimeZone ?? "UTC",
            command.Tags ?? [],
            clock.GetUtcNow().UtcDateTime);
        clients.Add(client);
        return client.Id.Value;
    }
}

/// <summary>One client per e-mail: the second one is refused with a pointer to the first.</summary>
internal static class DuplicateEmail
{
    public const string Code = "client.duplicate-email";

    public static async Task ThrowIfTakenAsync(IRepository<Client> clients, string? email, ClientId? self, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var existing = await clients.FirstOrDefaultAsync(new ClientByEmailSpec(email), cancellationToken);
        if (existing is not null && existing.Id != self)
        {
            throw new ConflictException(Code, $"Client {existing.Number} ({existing.Name}) already has this e-mail.", new Dictionary<string, object?>
            {
                ["existingClientId"] = existing.Id.Value,
                ["existingClientUrl"] = $"/api/sales/clients/{existing.Id.Value}",
            });
        }
    }
}
