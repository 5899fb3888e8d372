using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Tests.Support;

/// <summary>
/// One running host on one fresh, migrated database, shared by the tests of a class. The only thing put in behind the
/// API's back is the main administrator (somebody has to exist to sign in); everything else goes through HTTP.
/// </summary>
public abstract class ApiFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public TestClock Clock { get; } = new();

    public TestDatabase Database { get; private set; } = null!;

    public CrmApiFactory Factory { get; private set; } = null!;

    public Guid AdministratorId { get; } = Guid.NewGuid();

    public HttpClient Administrator { get; private set; } = null!;

    public DatabaseProvider Provider => provider;

    public async ValueTask InitializeAsync()
    {
        await CreateDatabaseAsync();
        await StartAsync();
    }

    private async Task CreateDatabaseAsync() => Database = await TestDatabase.CreateMigratedAsync(provider);

    private async Task StartAsync()
    {
        Factory = CreateFactory();
        _ = Factory.Server; // starts the host: migrations run here
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // Through Tasking's unit of work, so the hire is announced as any hire is (other modules copy the card).
            var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Employee));
            using var work = unitOfWork.Begin();
            db.Employees.Add(Employee.Hire(
                new EmployeeId(AdministratorId), "Main Administrator", EmployeeTimeZone.From("Asia/Tokyo"), [], Clock.GetUtcNow().UtcDateTime, isAdministrator: true));
            await work.CommitAsync(CancellationToken.None);
        }

        Administrator = Factory.ClientFor(AdministratorId, "Main Administrator");
        await OnStartedAsync();
    }

    protected virtual Task OnStartedAsync() => Task.CompletedTask;

    /// <summary>Stops the host and starts a new one on the same database, as a deployment or a crash would.</summary>
    public async Task RestartAsync()
    {
        await Factory.DisposeAsync();
        Factory = CreateFactory();
        _ = Factory.Server;
        Administrator = Factory.ClientFor(AdministratorId, "Main Administrator");
    }

    /// <summary>A host on this fixture's database and clock; a subclass adds settings or services (also for a "restart").</summary>
    public virtual CrmApiFactory CreateFactory() => new(Database, Clock);

    private readonly Dictionary<string, Task<object>> _shared = [];

    /// <summary>Set-up that several test classes' tests share on this host (e.g. staff created through the API), made once.</summary>
    public async Task<T> SharedAsync<T>(string key, Func<ApiFixture, Task<T>> create)
        where T : class
    {
        Task<object> pending;
        lock (_shared)
        {
            if (!_shared.TryGetValue(key, out pending!))
            {
                pending = _shared[key] = Create();
            }
        }

        return (T)await pending;

        async Task<object> Create() => await create(this);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApi() : ApiFixture(DatabaseProvider.Sqlite);

public sealed class PostgresApi() : ApiFixture(DatabaseProvider.Postgres);
