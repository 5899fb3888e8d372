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
using Microsoft.Extensions.DependencyInjection;

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

    public static Ping Send(string text, int order, DateTime nowUtc, Guid? id = null)
    {
        var ping = new Ping { Id = new PingId(id ?? Guid.NewGuid()), Text = text, Order = order };
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

/// <summary>
/// Writes the ping with this id, or creates it. With <c>RaceOnce</c>, another writer creates it between the read and
/// the commit of the first run (as a copy arriving from another module would), so the commit hits a duplicate key.
/// </summary>
public record WritePingCommand(Guid Id, string Text, bool RaceOnce) : ICommand<string>;

/// <summary>The same, marked to run again on a duplicate key.</summary>
public sealed record WritePingRetriedCommand(Guid Id, string Text, bool RaceOnce) : WritePingCommand(Id, Text, RaceOnce), IRetriedOnDuplicateKey;

internal sealed class WritePingHandler(IRepository<Ping> pings, IServiceScopeFactory scopes, TimeProvider clock)
    : IRequestHandler<WritePingCommand, string>, IRequestHandler<WritePingRetriedCommand, string>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, bool> Raced = new();

    public Task<string> Handle(WritePingRetriedCommand command, CancellationToken cancellationToken) => Handle((WritePingCommand)command, cancellationToken);

    public async Task<string> Handle(WritePingCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ping = await pings.GetByIdAsync(new PingId(command.Id), cancellationToken);
        if (ping is not null)
        {
            ping.Edit(command.Text, now);
            return "edited";
        }

        if (command.RaceOnce && Raced.TryAdd(command.Id, true))
        {
            await using var other = scopes.CreateAsyncScope();
            other.ServiceProvider.GetRequiredService<PingDbContext>().Pings.Add(Ping.Send("theirs", 0, now, command.Id));
            await other.ServiceProvider.GetRequiredService<PingDbContext>().SaveChangesAsync(cancellationToken);
        }

        pings.Add(Ping.Send(command.Text, 0, now, command.Id));
        return "created";
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
