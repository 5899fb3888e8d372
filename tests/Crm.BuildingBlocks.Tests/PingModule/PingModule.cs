using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Mapping;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Tests.PingModule;

// A module in miniature, built from the building blocks alone: an aggregate, a command, an integration event
// that the same module receives through its inbox. The outbox tests drive it.

public readonly record struct PingId(Guid Value) : ITypedId;

public sealed record PingSentDomainEvent(Ping Ping, DateTime OccurredAtUtc) : IDomainEvent
{
    /// <summary>The text when the event was raised (a commit may carry several edits).</summary>
    public string Text { get; } = Ping.Text;
}

public sealed record PingSentIntegrationEvent(Guid PingId, string Text) : IntegrationEvent;

public sealed class Ping : AggregateRoot<PingId>
{
    private Ping()
    {
        Text = string.Empty;
    }

    public string Text { get; private set; }

    public int Order { get; private set; }

    public static Ping Send(string text, int order, DateTime nowUtc)
    {
        var ping = new Ping { Id = new PingId(Guid.NewGuid()), Text = text, Order = order };
        ping.Raise(new PingSentDomainEvent(ping, nowUtc));
        return ping;
    }

    public void Edit(string text, DateTime nowUtc)
    {
        Text = text;
        Raise(new PingSentDomainEvent(this, nowUtc));
    }
}

/// <summary>What the receiving side wrote: one row per handled event, so a second run would show.</summary>
public sealed class PingReceipt
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid PingId { get; set; }
}

public sealed class PingDbContext(DbContextOptions<PingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "pingtest";

    public override string Schema => SchemaName;

    public DbSet<Ping> Pings => Set<Ping>();

    public DbSet<PingReceipt> Receipts => Set<PingReceipt>();

    public DbSet<PingBoard> Boards => Set<PingBoard>();
}

public sealed record SendPingCommand(string Text, int Order = 0) : ICommand<Guid>;

internal sealed class SendPingValidator : AbstractValidator<SendPingCommand>
{
    public SendPingValidator() => RuleFor(c => c.Text).NotEmpty();
}

internal sealed class SendPingHandler(IRepository<Ping> pings, TimeProvider clock) : IRequestHandler<SendPingCommand, Guid>
{
    public Task<Guid> Handle(SendPingCommand command, CancellationToken cancellationToken)
    {
        var ping = Ping.Send(command.Text, command.Order, clock.GetUtcNow().UtcDateTime);
        pings.Add(ping);
        return Task.FromResult(ping.Id.Value);
    }
}

internal sealed class PingMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) =>
        domainEvent is PingSentDomainEvent e ? new PingSentIntegrationEvent(e.Ping.Id.Value, e.Text) : null;
}

/// <summary>Receives pings; a ping saying "fail" always throws, to exercise retries.</summary>
internal sealed class PingReceivedHandler(IUnitOfWorkLocator unitOfWorks, PingDbContext db)
    : IntegrationEventHandler<PingSentIntegrationEvent>(unitOfWorks)
{
    protected override Task HandleAsync(PingSentIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Text == "fail")
        {
            throw new InvalidOperationException("The receiver is down");
        }

        db.Receipts.Add(new PingReceipt { Id = Guid.NewGuid(), EventId = integrationEvent.EventId, PingId = integrationEvent.PingId });
        return Task.CompletedTask;
    }
}

/// <summary>Mapster fills <see cref="PingCard"/> through its constructor, by member name, as the modules' rows are.</summary>
internal sealed class PingMapping : Mapster.IRegister
{
    public void Register(Mapster.TypeAdapterConfig config) => config.NewConfig<Ping, PingCard>().MapToRecord();
}

public sealed class PingsByOrderSpec : Specification<Ping, string>
{
    public PingsByOrderSpec(int skip, int take)
    {
        Query.Where(p => p.Order >= 10).OrderByDescending(p => p.Order).Skip(skip).Take(take);
        Query.Select(p => p.Text);
    }
}
