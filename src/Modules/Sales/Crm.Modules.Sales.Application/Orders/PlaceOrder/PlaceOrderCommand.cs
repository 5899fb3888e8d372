using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Common;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.PlaceOrder;

public sealed record PositionInput(string? Offer, decimal? Price, int? Quantity);

/// <summary>
/// Create an order for a client named by id, e-mail or name (seed 000: a manager creates one by hand knowing the
/// name or the e-mail; a site's checkout creates one with the id). A name alone that no client has is a walk-in:
/// the client is registered with the order, with that name, no contacts and the manager's time zone.
/// </summary>
public sealed record PlaceOrderCommand(
    Guid? ClientId,
    string? ClientEmail,
    string? ClientName,
    IReadOnlyList<PositionInput>? Positions,
    Guid? ManagerId,
    IReadOnlyList<string>? Tags,
    DateTimeOffset? AccessEndsAt) : ICommand<Guid>;

internal sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderCommand>
{
    public PlaceOrderValidator()
    {
        RuleFor(c => c.ClientId).NotNull().When(c => string.IsNullOrWhiteSpace(c.ClientEmail) && string.IsNullOrWhiteSpace(c.ClientName))
            .WithMessage("Name the client: clientId, clientEmail or clientName.");
        RuleFor(c => c.ClientName).MaximumLength(Client.NameMaxLength);
        RuleFor(c => c.Positions).NotEmpty();
        RuleForEach(c => c.Positions).ChildRules(p => PositionRules.Apply(p));
        RuleForEach(c => c.Tags).NotEmpty().MaximumLength(Tag.MaxLength);
    }
}

internal static class PositionRules
{
    public static void Apply(InlineValidator<PositionInput> p)
    {
        p.RuleFor(x => x.Offer).NotEmpty().MaximumLength(OrderPosition.OfferMaxLength);
        Amounts(p, x => x.Price, x => x.Quantity);
    }

    public static void Amounts<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, decimal?>> price, System.Linq.Expressions.Expression<Func<T, int?>> quantity)
    {
        v.RuleFor(price).NotNull().GreaterThanOrEqualTo(0).PrecisionScale(18, 2, true);
        v.RuleFor(quantity).NotNull().InclusiveBetween(1, 100_000);
    }
}

internal sealed class PlaceOrderHandler(
    ClientLookup clients, IRepository<Client> register, ISalesNumbers numbers, TimeProvider clock, OrderPlacement placement, ICurrentEmployee me)
    : IRequestHandler<PlaceOrderCommand, Guid>
{
    public async Task<Guid> Handle(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        var client = command.ClientId is null && string.IsNullOrWhiteSpace(command.ClientEmail)
            ? await clients.FindByNameAsync(command.ClientName!, cancellationToken) ?? await WalkInAsync(command.ClientName!, cancellationToken)
            : await clients.FindAsync(command.ClientId, command.ClientEmail, command.ClientName, forUpdate: false, cancellationToken);
        var positions = command.Positions!.Select(p => new PositionSpec(p.Offer!, p.Price!.Value, p.Quantity!.Value)).ToList();
        var options = new OrderOptions(command.ManagerId, command.Tags ?? [], command.AccessEndsAt?.UtcDateTime, me.Id);
        var order = await placement.PlaceAsync(client, positions, options, cancellationToken);
        return order.Id.Value;
    }

    private async Task<Client> WalkInAsync(string name, CancellationToken cancellationToken)
    {
        var client = Client.Register(new ClientId(Guid.NewGuid()), await numbers.NextClientNumberAsync(cancellationToken), name.Trim(),
            new ClientContacts(null, null, null), me.TimeZone.Id, [], clock.GetUtcNow().UtcDateTime);
        register.Add(client);
        return client;
    }
}
