using System.Net;
using System.Text.Json;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>
/// The positions the station's shipped templates name as executors have the fixed ids of Tasking's demo data, which
/// tests do not load, and Tasking's API gives a new position a new id: they are put in once per database, as the demo
/// data would. Everything else (hiring, answering) goes through HTTP.
/// </summary>
internal static class StationPositions
{
    private static readonly Guid[] Fixed = [StationProcessTemplates.CallCentreOperators, StationProcessTemplates.MasterConsultants, StationProcessTemplates.PartsSpecialists];

    public static Task EnsureAsync(ApiFixture app) => app.SharedAsync("station-positions", async a =>
    {
        await using var scope = a.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        foreach (var id in Fixed)
        {
            if (!await db.Positions.AnyAsync(p => p.Id == new PositionId(id)))
            {
                db.Positions.Add(Position.Create(new PositionId(id), $"Station position {id}"));
            }
        }

        await db.SaveChangesAsync();
        return new object();
    });

    /// <summary>A new employee in <paramref name="positions"/> (hired through the API), and their id.</summary>
    public static async Task<Guid> HireAsync(this ApiFixture app, string name, string timeZone, params Guid[] positions)
    {
        await EnsureAsync(app);
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone, positionIds = positions });
        return (await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A new employee holding <paramref name="position"/>, signed in.</summary>
    public static async Task<HttpClient> EmployeeInAsync(this ApiFixture app, Guid position, string name, string timeZone = "UTC") =>
        app.Factory.ClientFor(await app.HireAsync(name, timeZone, position), name, timeZone);
}
