using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Tests.Support;

/// <summary>
/// The real host, in memory, on a test database and a test clock. Integration events that the outbox delivers
/// are also recorded in <see cref="Events"/>, so tests see what other modules would receive.
/// </summary>
public sealed class CrmApiFactory(
    TestDatabase database,
    TimeProvider clock,
    string environment = "Testing",
    bool demoData = false,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string SigningKey = "test-only-signing-key-0123456789-abcdefghij";

    public RecordedEvents Events { get; } = new();

    public TestDatabase Database => database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("DemoData:Enabled", demoData.ToString());
        builder.UseSetting("Outbox:PollInterval", "00:00:00.500");
        builder.UseSetting("Serilog:MinimumLevel", "Warning");
        builder.UseSetting("Tasking:Jobs:Enabled", "false"); // tests run each job once, by hand, on the test clock
        builder.UseSetting("OpenApi:Enabled", "true"); // tests read the document (off by default outside Development)
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton(clock);
            collection.AddSingleton(Events);
            collection.AddScoped(typeof(INotificationHandler<>), typeof(RecordingHandler<>));
            services?.Invoke(collection);
        });
    }

    /// <summary>An HTTP client signed in as the employee (a token the host accepts, minted with the test key).</summary>
    public HttpClient ClientFor(Guid employeeId, string name = "Test employee", string timeZone = "UTC")
    {
        var client = CreateClient();
        var token = TokenFor(new EmployeeIdentity(employeeId, name, timeZone), DateTime.UtcNow + new AuthOptions().DevTokenLifetime);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A token as the host issues it, signed with the test key unless another is given.</summary>
    public static string TokenFor(EmployeeIdentity employee, DateTime expiresUtc, string signingKey = SigningKey) =>
        Authentication.IssueToken(new AuthOptions { SigningKey = signingKey }, employee, expiresUtc);
}

/// <summary>Every integration event delivered through the outbox in this host.</summary>
public sealed class RecordedEvents
{
    private readonly ConcurrentQueue<IntegrationEvent> _events = new();

    /// <summary>Raised as each event is recorded (a benchmark waits on it instead of polling the API).</summary>
    public event Action<IntegrationEvent>? Delivered;

    public void Add(IntegrationEvent integrationEvent)
    {
        _events.Enqueue(integrationEvent);
        Delivered?.Invoke(integrationEvent);
    }

    public IReadOnlyList<T> OfType<T>()
        where T : IntegrationEvent => _events.OfType<T>().ToList();

    public Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1)
        where T : IntegrationEvent =>
        Eventually.HoldsAsync(
            () => Task.FromResult<IReadOnlyList<T>>(_events.OfType<T>().Where(match).ToList()),
            found => found.Count >= count,
            $"{count} {typeof(T).Name} delivered");
}

internal sealed class RecordingHandler<TNotification>(RecordedEvents events) : INotificationHandler<TNotification>
    where TNotification : INotification
{
    public Task Handle(TNotification notification, CancellationToken cancellationToken)
    {
        if (notification is IIntegrationEventNotification carried)
        {
            events.Add(carried.Event);
        }

        return Task.CompletedTask;
    }
}
