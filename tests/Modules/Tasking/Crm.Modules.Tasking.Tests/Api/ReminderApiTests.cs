using System.Net;
using System.Net.Http.Json;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Postponing with reminders: the informer, e-mail through the folder channel, type defaults, cancelling, retries.</summary>
public abstract class ReminderApiTests(ReminderApi app) : IAsyncLifetime
{
    private static readonly TimeSpan FifteenBefore = TimeSpan.FromMinutes(-15);

    private TaskingWorld World { get; set; } = null!;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_informer_reminder_15_minutes_before_shows_from_then_until_the_moment()
    {
        var dora = await ReminderPerson.HireAsync(app);
        var task = await dora.NewTaskAsync(World.Arbitrary.Id);
        (await dora.PostponeAsync(task.Id, TimeSpan.FromHours(3), new { reminderOffset = FifteenBefore })).EnsureSuccessStatusCode();
        var moment = app.Clock.GetUtcNow() + TimeSpan.FromHours(3);
        var reminder = Assert.Single(await dora.RemindersAsync(task.Id));
        Assert.Equal((ReminderChannel.Informer, ReminderStatus.Pending, moment - TimeSpan.FromMinutes(15)), (reminder.Channel, reminder.Status, reminder.RemindAt));
        Assert.Equal(TimeSpan.FromHours(5.5), reminder.RemindAt.Offset); // shown in Dora's zone, Asia/Kolkata

        app.Clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(16));
        await app.RunReminderJobAsync();
        Assert.Empty(await dora.InformerAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await app.RunReminderJobAsync() >= 1);
        var notice = Assert.Single(await dora.InformerAsync());
        Assert.Equal((task.Id, task.Title, moment), (notice.TaskId, notice.Title, notice.Moment));
        Assert.Equal(TimeSpan.FromHours(5.5), notice.Moment.Offset);
        Assert.Contains(task.Title, notice.Text);
        Assert.Equal(ReminderStatus.Sent, Assert.Single(await dora.RemindersAsync(task.Id)).Status);
        var history = await dora.HistoryAsync(task.Id);
        Assert.Contains(history, h => h.Action == TaskAction.ReminderSet && h.Details!.Contains("00:15:00 before"));
        Assert.Contains(history, h => h.Action == TaskAction.ReminderSent);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Single(await dora.InformerAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await dora.InformerAsync()); // the moment came
    }

    [Fact]
    public async Task An_email_reminder_lands_in_the_folder_with_the_tasks_title()
    {
        var erin = await ReminderPerson.HireAsync(app, "Erin");
        var settings = await erin.ChooseAsync(ReminderPerson.Settings("Email", email: "erin@example.com"));
        Assert.Equal((ReminderChannel.Email, "erin@example.com"), (settings.Channel, settings.Email));
        var task = await erin.NewTaskAsync(World.Arbitrary.Id, "Order brake pads for Maria");
        (await erin.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = TimeSpan.FromMinutes(-30) })).EnsureSuccessStatusCode();
        var reminder = Assert.Single(await erin.RemindersAsync(task.Id));
        Assert.Equal((ReminderChannel.Email, "erin@example.com"), (reminder.Channel, reminder.Contact));

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        while (await app.RunReminderJobAsync() > 0)
        {
        }

        Assert.Equal(ReminderStatus.Sent, Assert.Single(await erin.RemindersAsync(task.Id)).Status);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(app.Folder, "email"), $"*{reminder.Id:N}.txt"));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("To: erin@example.com", text);
        Assert.Contains("Order brake pads for Maria", text);
        Assert.Empty(await erin.InformerAsync());
        var admin = await (await app.Administrator.GetAsync($"/api/tasking/employees/{erin.Id}/notification-settings"))
            .ReadAsync<Application.Reminders.NotificationSettingsDto>();
        Assert.Equal("erin@example.com", admin.Email);
    }

    [Fact]
    public async Task The_task_types_default_applies_unless_the_reminder_is_switched_off()
    {
        var type = await (await app.Administrator.PostJsonAsync("/api/tasking/task-types", new { name = "Follow-up", defaultReminderOffset = "-00:10:00" }))
            .ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var listed = (await (await app.Administrator.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>()).Single(t => t.Id == type.Id);
        Assert.Equal(TimeSpan.FromMinutes(-10), listed.DefaultReminderOffset);
        var fay = await ReminderPerson.HireAsync(app, "Fay");

        var byDefault = await fay.NewTaskAsync(type.Id);
        (await fay.PostponeAsync(byDefault.Id, TimeSpan.FromHours(1))).EnsureSuccessStatusCode();
        var reminder = Assert.Single(await fay.RemindersAsync(byDefault.Id));
        Assert.Equal((TimeSpan.FromMinutes(-10), ReminderChannel.Informer), (reminder.Offset, reminder.Channel));

        var switchedOff = await fay.NewTaskAsync(type.Id);
        (await fay.PostponeAsync(switchedOff.Id, TimeSpan.FromHours(1), new { noReminder = true })).EnsureSuccessStatusCode();
        Assert.Empty(await fay.RemindersAsync(switchedOff.Id));
        Assert.Equal(WorkTaskStatus.Postponed, (await (await fay.Client.GetAsync($"/api/tasking/tasks/{switchedOff.Id}")).ReadAsync<Application.Tasks.TaskDto>()).Status);

        Assert.Equal(HttpStatusCode.Forbidden, (await fay.Client.PutAsJsonAsync($"/api/tasking/task-types/{type.Id}/default-reminder", new { offset = (string?)null })).StatusCode);
        var changed = await (await app.Administrator.PutAsJsonAsync($"/api/tasking/task-types/{type.Id}/default-reminder", new { offset = (string?)null }))
            .ReadAsync<TaskTypeDto>();
        Assert.Null(changed.DefaultReminderOffset);
        var noDefault = await fay.NewTaskAsync(type.Id);
        (await fay.PostponeAsync(noDefault.Id, TimeSpan.FromHours(1))).EnsureSuccessStatusCode();
        Assert.Empty(await fay.RemindersAsync(noDefault.Id));
    }

    [Fact]
    public async Task Completing_or_postponing_again_cancels_the_pending_reminder()
    {
        var gil = await ReminderPerson.HireAsync(app, "Gil");
        var task = await gil.NewTaskAsync(World.Arbitrary.Id);
        (await gil.PostponeAsync(task.Id, TimeSpan.FromHours(2), new { reminderOffset = FifteenBefore })).EnsureSuccessStatusCode();
        (await gil.PostponeAsync(task.Id, TimeSpan.FromHours(4), new { reminderOffset = TimeSpan.FromMinutes(5) })).EnsureSuccessStatusCode();
        var reminders = await gil.RemindersAsync(task.Id);
        Assert.Equal([ReminderStatus.Cancelled, ReminderStatus.Pending], reminders.Select(r => r.Status));

        (await gil.Client.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "done" })).EnsureSuccessStatusCode();
        Assert.All(await gil.RemindersAsync(task.Id), r => Assert.Equal(ReminderStatus.Cancelled, r.Status));
        app.Clock.Advance(TimeSpan.FromHours(5));
        await app.RunReminderJobAsync();
        Assert.All(await gil.RemindersAsync(task.Id), r => Assert.Equal(ReminderStatus.Cancelled, r.Status));
        Assert.Empty(await gil.InformerAsync());
        var history = await gil.HistoryAsync(task.Id);
        Assert.Equal(["Postponed again", "Task completed"], history.Where(h => h.Action == TaskAction.ReminderCancelled).Select(h => h.Details));
        Assert.DoesNotContain(history, h => h.Action == TaskAction.ReminderSent);
    }

    [Fact]
    public async Task Redirecting_a_postponed_task_cancels_its_reminder()
    {
        var gil = await ReminderPerson.HireAsync(app, "Gil");
        var ines = await ReminderPerson.HireAsync(app, "Ines");
        var task = await gil.NewTaskAsync(World.Arbitrary.Id);
        (await gil.PostponeAsync(task.Id, TimeSpan.FromHours(2), new { reminderOffset = FifteenBefore })).EnsureSuccessStatusCode();

        (await gil.Client.PostJsonAsync($"/api/tasking/tasks/{task.Id}/redirect", new { addressee = new { kind = "Employee", id = ines.Id } }))
            .EnsureSuccessStatusCode();

        Assert.All(await gil.RemindersAsync(task.Id), r => Assert.Equal(ReminderStatus.Cancelled, r.Status));
        app.Clock.Advance(TimeSpan.FromHours(2));
        await app.RunReminderJobAsync();
        Assert.Empty(await gil.InformerAsync());
    }

    [Fact]
    public async Task A_notice_after_the_moment_stays_until_dismissed_and_only_its_owner_may_dismiss_it()
    {
        var hal = await ReminderPerson.HireAsync(app, "Hal");
        var task = await hal.NewTaskAsync(World.Arbitrary.Id);
        (await hal.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = TimeSpan.FromMinutes(10) })).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromMinutes(70));
        await app.RunReminderJobAsync();
        var notice = Assert.Single(await hal.InformerAsync());

        var other = await ReminderPerson.HireAsync(app, "Ivy");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync($"/api/tasking/informer/{notice.Id}/dismiss", null)).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(await hal.InformerAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await hal.Client.PostAsync($"/api/tasking/informer/{notice.Id}/dismiss", null)).StatusCode);
        Assert.Empty(await hal.InformerAsync());
    }

    [Fact]
    public async Task A_failing_channel_is_retried_with_back_off_then_marked_failed()
    {
        var jay = await ReminderPerson.HireAsync(app, "Jay");
        await jay.ChooseAsync(ReminderPerson.Settings("Informer", telegramChatId: "123456789"));
        var task = await jay.NewTaskAsync(World.Arbitrary.Id);
        (await jay.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = TimeSpan.FromMinutes(-5), reminderChannel = "Telegram" })).EnsureSuccessStatusCode();
        app.Clock.Advance(TimeSpan.FromMinutes(55));

        await app.RunReminderJobAsync();
        var first = Assert.Single(await jay.RemindersAsync(task.Id));
        Assert.Equal((ReminderChannel.Telegram, ReminderStatus.Pending, 1), (first.Channel, first.Status, first.Attempts));
        Assert.NotNull(first.LastError);
        await app.RunReminderJobAsync();
        Assert.Equal(1, Assert.Single(await jay.RemindersAsync(task.Id)).Attempts); // not due again yet

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await app.RunReminderJobAsync();
        Assert.Equal((ReminderStatus.Pending, 2), Assert.Single(await jay.RemindersAsync(task.Id)) is var second ? (second.Status, second.Attempts) : default);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.RunReminderJobAsync();
        var failed = Assert.Single(await jay.RemindersAsync(task.Id));
        Assert.Equal((ReminderStatus.Failed, 3), (failed.Status, failed.Attempts));
        Assert.Contains(await jay.HistoryAsync(task.Id), h => h.Action == TaskAction.ReminderFailed);
    }

    [Fact]
    public async Task Bad_settings_and_bad_reminders_are_refused_with_the_field_or_rule_at_fault()
    {
        var kim = await ReminderPerson.HireAsync(app, "Kim");
        var settings = "/api/tasking/me/notification-settings";
        Assert.NotEmpty((await (await kim.Client.PutAsJsonAsync(settings, ReminderPerson.Settings("Email"))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("email"));
        Assert.NotEmpty((await (await kim.Client.PutAsJsonAsync(settings, ReminderPerson.Settings("Email", email: "not-an-address")))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("email"));
        Assert.NotEmpty((await (await kim.Client.PutAsJsonAsync(settings, ReminderPerson.Settings("Sms"))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("phone"));
        Assert.NotEmpty((await (await kim.Client.PutAsJsonAsync(settings, ReminderPerson.Settings("Telegram", telegramChatId: "@kim")))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("telegramChatId"));
        Assert.NotEmpty((await (await kim.Client.PutAsJsonAsync(settings, ReminderPerson.Settings("Pigeon"))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("channel"));
        Assert.Equal(ReminderChannel.Informer, (await (await kim.Client.GetAsync(settings)).ReadAsync<Application.Reminders.NotificationSettingsDto>()).Channel);
        Assert.Equal(HttpStatusCode.Forbidden, (await kim.Client.GetAsync($"/api/tasking/employees/{app.AdministratorId}/notification-settings")).StatusCode);

        var task = await kim.NewTaskAsync(World.Arbitrary.Id);
        Assert.NotEmpty((await (await kim.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = FifteenBefore, reminderChannel = "Pigeon" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reminderChannel"));
        Assert.NotEmpty((await (await kim.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = TimeSpan.FromDays(31) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reminderOffset"));
        Assert.Equal("reminder.no-contact", (await (await kim.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = FifteenBefore, reminderChannel = "Sms" }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal("reminder.in-past", (await (await kim.PostponeAsync(task.Id, TimeSpan.FromMinutes(10), new { reminderOffset = TimeSpan.FromMinutes(-30) }))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var card = await (await kim.Client.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<Application.Tasks.TaskDto>();
        Assert.NotEqual(WorkTaskStatus.Postponed, card.Status); // a refused reminder refuses the postponement too
        Assert.Empty(await kim.RemindersAsync(task.Id));
    }

    [Fact]
    public async Task Two_job_runners_never_send_one_reminder_twice()
    {
        var lee = await ReminderPerson.HireAsync(app, "Lee");
        await lee.ChooseAsync(ReminderPerson.Settings("Email", email: "lee@example.com"));
        var tasks = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            var task = await lee.NewTaskAsync(World.Arbitrary.Id, $"Race {i}");
            (await lee.PostponeAsync(task.Id, TimeSpan.FromHours(1), new { reminderOffset = TimeSpan.FromMinutes(-1) })).EnsureSuccessStatusCode();
            tasks.Add(task.Id);
        }

        app.Clock.Advance(TimeSpan.FromHours(1));
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(RunUntilEmptyAsync)));
        Assert.True(runs.Sum() >= tasks.Count);
        foreach (var id in tasks)
        {
            var reminder = Assert.Single(await lee.RemindersAsync(id));
            Assert.Equal((ReminderStatus.Sent, 1), (reminder.Status, reminder.Attempts));
            Assert.Single(Directory.GetFiles(Path.Combine(app.Folder, "email"), $"*{reminder.Id:N}.txt"));
            Assert.Single(await lee.HistoryAsync(id), h => h.Action == TaskAction.ReminderSent);
        }

        async Task<int> RunUntilEmptyAsync()
        {
            var total = 0;
            for (var claimed = await app.RunReminderJobAsync(); claimed > 0; claimed = await app.RunReminderJobAsync())
            {
                total += claimed;
            }

            return total;
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ReminderApiSqliteTests(ReminderSqliteApi app) : ReminderApiTests(app), IClassFixture<ReminderSqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ReminderApiPostgresTests(ReminderPostgresApi app) : ReminderApiTests(app), IClassFixture<ReminderPostgresApi>;
