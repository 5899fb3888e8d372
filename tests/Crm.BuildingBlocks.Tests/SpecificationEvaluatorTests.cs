using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using Crm.Tests.Support;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// Our EF evaluator of Ardalis specifications (ADR 0060) and Mapster's projections (ADR 0061) on a real database:
/// includes below includes, ordering with ThenBy, tracking only when asked, one query or split, and the columns a
/// projection reads, as the SQL EF Core logs shows them.
/// </summary>
public abstract class SpecificationEvaluatorTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, s => s.AddSingleton<ILoggerProvider>(_logs));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Include_then_include_loads_a_collection_and_the_reference_below_it()
    {
        await SeedBoardAsync("news", ("hello", "Ann"), ("bye", "Bob"));

        var board = await ReadBoardAsync(new BoardSpec("news", withPosts: true));
        var bare = await ReadBoardAsync(new BoardSpec("news", withPosts: false));

        Assert.Equal([("bye", "Bob"), ("hello", "Ann")], board.Posts.Select(p => (p.Text, p.Author.Name)).Order());
        Assert.Empty(bare.Posts); // nothing loads what the specification does not include
    }

    [Fact]
    public async Task Collections_are_read_by_a_query_of_their_own_unless_the_specification_asks_for_one()
    {
        await SeedBoardAsync("news", ("hello", "Ann"));

        var split = await CommandsOfAsync(() => ReadBoardAsync(new BoardSpec("news", withPosts: true)));
        var single = await CommandsOfAsync(() => ReadBoardAsync(new BoardSpec("news", withPosts: true, singleQuery: true)));

        Assert.Equal(2, split.Count);
        Assert.Single(single);
    }

    [Fact]
    public async Task Ordering_applies_then_by_and_reads_do_not_track_unless_asked()
    {
        foreach (var (text, order) in new[] { ("b", 1), ("a", 2), ("b", 3), ("a", 0) })
        {
            await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text, order)));
        }

        var (read, readTracked) = await ListAndCountTrackedAsync(new PingsFromSpec(1));
        var (_, changeTracked) = await ListAndCountTrackedAsync(new PingsFromSpec(1, forUpdate: true));

        Assert.Equal([("a", 2), ("b", 3), ("b", 1)], read.Select(p => (p.Text, p.Order)));
        Assert.Equal(0, readTracked);
        Assert.Equal(3, changeTracked);
    }

    [Fact]
    public async Task A_mapster_projection_reads_only_the_columns_of_its_row()
    {
        await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("card", 7)));

        var cards = await _host.InScopeAsync(sp => sp.GetRequiredService<IReadRepository<Ping>>().ProjectToListAsync<PingCard>(new PingsFromSpec(5)));
        var projected = SelectList(Assert.Single(await CommandsOfAsync(() =>
            _host.InScopeAsync(sp => sp.GetRequiredService<IReadRepository<Ping>>().ProjectToListAsync<PingCard>(new PingsFromSpec(5))))));
        var whole = SelectList(Assert.Single(await CommandsOfAsync(() =>
            _host.InScopeAsync(sp => sp.GetRequiredService<IReadRepository<Ping>>().ListAsync(new PingsFromSpec(5))))));

        Assert.Equal("card", Assert.Single(cards).Text);
        Assert.Contains("Text", projected);
        Assert.DoesNotContain("Order", projected);
        Assert.DoesNotContain("Version", projected);
        Assert.Contains("Order", whole); // the entity's own read does select them: the check above can fail
    }

    private async Task SeedBoardAsync(string name, params (string Text, string Author)[] posts)
    {
        var board = new PingBoard { Id = Guid.NewGuid(), Name = name };
        board.Posts.AddRange(posts.Select(p => new PingPost { Id = Guid.NewGuid(), Text = p.Text, Author = new PingAuthor { Id = Guid.NewGuid(), Name = p.Author } }));
        await _host.ReadAsync(async db =>
        {
            db.Boards.Add(board);
            return await db.SaveChangesAsync();
        });
    }

    private Task<PingBoard> ReadBoardAsync(BoardSpec spec) =>
        _host.ReadAsync(async db => await SpecificationEvaluator.Default.GetQuery(db.Boards, spec).SingleAsync());

    private Task<(List<Ping> Pings, int Tracked)> ListAndCountTrackedAsync(PingsFromSpec spec) =>
        _host.InScopeAsync(async sp =>
        {
            var pings = await sp.GetRequiredService<IReadRepository<Ping>>().ListAsync(spec);
            return (pings, sp.GetRequiredService<PingDbContext>().ChangeTracker.Entries<Ping>().Count());
        });

    /// <summary>The SQL of the commands <paramref name="read"/> ran, as EF Core logged them.</summary>
    private async Task<List<string>> CommandsOfAsync<T>(Func<Task<T>> read)
    {
        var before = Commands().Count;
        await read();
        return Commands().Skip(before).ToList();
    }

    private List<string> Commands() =>
        _logs.Entries.Where(e => e.Properties.TryGetValue("commandText", out var sql) && sql is string)
            .Select(e => (string)e.Properties["commandText"]!).ToList();

    private static string SelectList(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
}

[Trait("Provider", "Sqlite")]
public sealed class SpecificationEvaluatorSqliteTests() : SpecificationEvaluatorTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class SpecificationEvaluatorPostgresTests() : SpecificationEvaluatorTests(DatabaseProvider.Postgres);
