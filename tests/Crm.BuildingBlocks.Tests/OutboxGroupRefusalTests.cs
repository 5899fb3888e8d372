using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// A delivery that refuses (undoes its half-done work and answers "refused") shares its group's transaction with other
/// deliveries (ADR 0041): its undo must never touch their work or their answers (issue 12, ADR 0045). Mixed groups of
/// successes, refusals and failures are delivered by two dispatchers at once, and every answer must arrive.
/// </summary>
public abstract class OutboxGroupRefusalTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services =>
    {
        services.AddSingleton<AnsweringIsOn>();
        services.Configure<OutboxOptions>(o =>
        {
            o.DeliveriesPerTransaction = 4;
            o.MaxParallelDeliveries = 3;
        });
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Every_answer_of_a_mixed_group_arrives_and_a_refusal_undoes_only_its_own_work()
    {
        var kinds = new[] { "ok", "refuse", "ok", "fail", "refuse", "ok", "ok", "refuse" };
        var pings = new Dictionary<Guid, string>();
        for (var i = 0; i < 32; i++)
        {
            var kind = kinds[i % kinds.Length];
            var text = kind == "fail" ? "fail" : $"{kind} {i}";
            pings[await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text)))] = kind;
        }

        await DrainWithTwoDispatchersAsync();

        var answers = await AnswersAsync();
        var receipts = await _host.ReadAsync(db => db.Receipts.AsNoTracking().ToListAsync());
        foreach (var (ping, kind) in pings)
        {
            if (kind == "fail")
            {
                Assert.DoesNotContain(ping, answers.Keys);
                continue;
            }

            Assert.True(answers.TryGetValue(ping, out var refused), $"the answer to a '{kind}' ping was lost");
            Assert.Equal(kind == "refuse", refused);
            // One receipt from the plain receiver; the answering handler's half-done receipt of a refusal is undone.
            Assert.Single(receipts, r => r.PingId == ping);
        }

        Assert.Equal(pings.Count(p => p.Value != "fail"), answers.Count);
        var failed = await _host.ReadAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAtUtc == null).ToListAsync());
        Assert.Equal(pings.Count(p => p.Value == "fail"), failed.Count);
        Assert.All(failed, m => Assert.Contains("The receiver is down", m.LastError));
    }

    /// <summary>Two dispatchers (as on two replicas) claim and deliver side by side until nothing due is left.</summary>
    private async Task DrainWithTwoDispatchersAsync()
    {
        for (var rounds = 0; rounds < 20; rounds++)
        {
            var claimed = await Task.WhenAll(
                _host.Processor.ProcessBatchAsync(CancellationToken.None),
                _host.Processor.ProcessBatchAsync(CancellationToken.None));
            if (claimed.Sum() == 0)
            {
                return;
            }
        }

        Assert.Fail("The outbox did not drain.");
    }

    /// <summary>Each answer written to the outbox: the ping it answers and whether it was a refusal.</summary>
    private async Task<Dictionary<Guid, bool>> AnswersAsync()
    {
        var type = $"{typeof(PingAnsweredIntegrationEvent).FullName}, {typeof(PingAnsweredIntegrationEvent).Assembly.GetName().Name}";
        var rows = await _host.ReadAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == type).Select(m => m.Payload).ToListAsync());
        var answers = rows.Select(p => JsonSerializer.Deserialize<PingAnsweredIntegrationEvent>(p, JsonSerializerOptions.Web)!).ToList();
        Assert.Equal(answers.Count, answers.Select(a => a.PingId).Distinct().Count()); // no ping answered twice
        return answers.ToDictionary(a => a.PingId, a => a.Refused);
    }

    /// <summary>Registered only by these tests: the answering handler ignores pings in every other ping host.</summary>
    private sealed class AnsweringIsOn;

    /// <summary>
    /// Answers every ping, as Sales answers an action request: a "refuse" ping is refused after half the work was
    /// done, which is undone (<see cref="IUnitOfWork.DiscardChanges"/>) before the refusal is published.
    /// </summary>
    private sealed class AnsweringHandler(IUnitOfWorkLocator unitOfWorks, PingDbContext db, IServiceProvider services)
        : IntegrationEventHandler<PingSentIntegrationEvent>(unitOfWorks)
    {
        private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(Ping));

        protected override bool Concerns(PingSentIntegrationEvent ping) => services.GetService<AnsweringIsOn>() is not null && ping.Text != "fail";

        protected override Task HandleAsync(PingSentIntegrationEvent ping, CancellationToken cancellationToken)
        {
            var refused = ping.Text.StartsWith("refuse", StringComparison.Ordinal);
            if (refused)
            {
                db.Receipts.Add(new PingReceipt { Id = Guid.NewGuid(), EventId = ping.EventId, PingId = ping.PingId }); // half-done
                _unitOfWork.DiscardChanges();
            }

            _unitOfWork.Publish(new PingAnsweredIntegrationEvent(ping.PingId, refused));
            return Task.CompletedTask;
        }
    }
}

public sealed record PingAnsweredIntegrationEvent(Guid PingId, bool Refused) : IntegrationEvent;

[Trait("Provider", "Sqlite")]
public sealed class OutboxGroupRefusalSqliteTests() : OutboxGroupRefusalTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxGroupRefusalPostgresTests() : OutboxGroupRefusalTests(DatabaseProvider.Postgres);
