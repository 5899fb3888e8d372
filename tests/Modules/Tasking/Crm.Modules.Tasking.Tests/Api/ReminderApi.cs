using System.Net;
using System.Net.Http.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Reminders;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// A host whose reminders go to a temporary folder, and whose Telegram channel points at a port where nobody listens
/// (the failing channel); three attempts, a minute apart at first.
/// </summary>
public abstract class ReminderApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "crm-reminder-tests-" + Guid.NewGuid().ToString("N"));

    public override CrmApiFactory CreateFactory() => new(Database, Clock, settings: new Dictionary<string, string>
    {
        ["Tasking:Reminders:Folder"] = Folder,
        ["Tasking:Reminders:MaxAttempts"] = "3",
        ["Tasking:Reminders:FirstRetryDelay"] = "00:01:00",
        ["Tasking:Reminders:Adapters:Telegram"] = "Telegram",
        ["Tasking:Reminders:Telegram:ApiBaseUrl"] = "http://127.0.0.1:1",
        ["Tasking:Reminders:Telegram:BotToken"] = "test-token",
        ["Tasking:Reminders:Telegram:Timeout"] = "00:00:10",
    });

    public Task<int> RunReminderJobAsync() => Factory.Services.GetRequiredService<ReminderDeliveryJob>().RunOnceAsync(CancellationToken.None);
}

public sealed class ReminderSqliteApi() : ReminderApi(DatabaseProvider.Sqlite);

public sealed class ReminderPostgresApi() : ReminderApi(DatabaseProvider.Postgres);

/// <summary>An employee of the reminder tests, with the requests they make again and again.</summary>
public sealed record ReminderPerson(ReminderApi App, HttpClient Client, Guid Id)
{
    public static async Task<ReminderPerson> HireAsync(ReminderApi app, string name = "Dora")
    {
        var (client, id) = await (await TaskingWorld.OfAsync(app)).HireAsync(name, "Asia/Kolkata");
        return new ReminderPerson(app, client, id);
    }

    /// <summary>A task of the given type addressed to this person, created by them.</summary>
    public async Task<TaskDto> NewTaskAsync(Guid typeId, string title = "Call Maria about the brakes") =>
        await (await Client.PostJsonAsync("/api/tasking/tasks", new { typeId, title, addressee = new { kind = AddresseeKind.Employee, id = Id } }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);

    public Task<HttpResponseMessage> PostponeAsync(Guid taskId, TimeSpan by, object? reminder = null)
    {
        var body = new Dictionary<string, object?> { ["until"] = App.Clock.GetUtcNow() + by };
        foreach (var property in reminder?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(reminder);
        }

        return Client.PostJsonAsync($"/api/tasking/tasks/{taskId}/postpone", body);
    }

    public async Task<IReadOnlyList<TaskReminderDto>> RemindersAsync(Guid taskId) =>
        await (await Client.GetAsync($"/api/tasking/tasks/{taskId}/reminders")).ReadAsync<List<TaskReminderDto>>();

    public async Task<IReadOnlyList<InformerNoticeDto>> InformerAsync() =>
        await (await Client.GetAsync("/api/tasking/informer")).ReadAsync<List<InformerNoticeDto>>();

    public async Task<IReadOnlyList<TaskHistoryEntryDto>> HistoryAsync(Guid taskId) =>
        await (await Client.GetAsync($"/api/tasking/tasks/{taskId}/history")).ReadAsync<List<TaskHistoryEntryDto>>();

    /// <summary>A whole settings body (a PUT replaces: every field is sent, null where there is none).</summary>
    public static object Settings(string channel, string? email = null, string? phone = null, string? telegramChatId = null) =>
        new { channel, email, phone, telegramChatId };

    public async Task<NotificationSettingsDto> ChooseAsync(object settings) =>
        await (await Client.PutAsJsonAsync("/api/tasking/me/notification-settings", settings, Json.Options)).ReadAsync<NotificationSettingsDto>();
}
