using System.Net;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>Messages delivered by channel adapters with retries; actions processes ask for; task answers on the card.</summary>
public abstract class MessageAndProcessTests(ApiFixture app)
{
    [Fact]
    public async Task An_sms_lands_in_the_folder_channel_and_its_status_shows_on_the_card()
    {
        var client = await app.NewClientAsync();
        var card = await (await app.Administrator.PostJsonAsync($"/api/sales/clients/{client.Id}/messages", new { channel = "Sms", text = "Hello {client.name}!" }))
            .ReadAsync<ClientCardDto>(HttpStatusCode.Created);
        var message = Assert.Single(card.Messages);
        Assert.Equal((MessageStatus.Pending, "Hello Maria Silva!", client.Phone), (message.Status, message.Body, message.Recipient));

        while (await app.RunMessageSenderAsync() > 0)
        {
        }

        var sent = Assert.Single((await app.CardAsync(client.Id)).Messages);
        Assert.Equal((MessageStatus.Sent, 1), (sent.Status, sent.Attempts));
        var file = Assert.Single(Directory.GetFiles(Path.Combine(TestSettings.MessageFolder, "sms"), $"*{message.Id:N}.txt"));
        Assert.Contains("Hello Maria Silva!", await File.ReadAllTextAsync(file));
        var noTelegram = await app.Administrator.PostJsonAsync($"/api/sales/clients/{client.Id}/messages", new { channel = "Telegram", text = "Hi" });
        Assert.Equal("message.no-recipient", (await noTelegram.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task An_email_goes_over_smtp_and_is_retried_while_the_server_is_down()
    {
        await TestSettings.SmtpPortInUse.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            await EmailOverSmtpIsRetriedWhileTheServerIsDownAsync();
        }
        finally
        {
            TestSettings.SmtpPortInUse.Release();
        }
    }

    private async Task EmailOverSmtpIsRetriedWhileTheServerIsDownAsync()
    {
        var client = await app.NewClientAsync();
        var card = await (await app.Administrator.PostJsonAsync($"/api/sales/clients/{client.Id}/messages",
            new { channel = "Email", subject = "Your car", text = "Dear {client.name}, your car is ready." })).ReadAsync<ClientCardDto>(HttpStatusCode.Created);
        var id = Assert.Single(card.Messages).Id;

        await app.RunMessageSenderAsync(); // nobody listens yet
        var failed = (await app.CardAsync(client.Id)).Messages.Single(m => m.Id == id);
        Assert.Equal((MessageStatus.Pending, 1), (failed.Status, failed.Attempts));
        Assert.NotNull(failed.LastError);
        await app.RunMessageSenderAsync();
        Assert.Equal(1, (await app.CardAsync(client.Id)).Messages.Single(m => m.Id == id).Attempts); // not due again yet

        await using var smtp = new TinySmtpServer(TestSettings.SmtpPort);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        while (await app.RunMessageSenderAsync() > 0)
        {
        }

        Assert.Equal(MessageStatus.Sent, (await app.CardAsync(client.Id)).Messages.Single(m => m.Id == id).Status);
        var (to, data) = Assert.Single(smtp.Received, r => r.To == client.Email);
        Assert.Contains("your car is ready", data);
    }

    [Fact]
    public async Task Sales_offers_its_actions_on_start_up()
    {
        var offered = (await app.Factory.Events.WaitForAsync<ActionsOfferedIntegrationEvent>(a => a.Module == "sales"))[0];
        Assert.Contains(offered.Actions, a => a.Name == "set-order-status" && a.Parameters.Contains("status"));
        Assert.Contains(offered.Actions, a => a.Name == "create-renewal-order" && a.ObjectType == "purchase");
    }

    [Fact]
    public async Task A_requested_action_is_performed_once_and_answered()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client);
        var manager = Guid.NewGuid();
        var assign = Request(order.Id, "assign-manager", [], manager);
        var status = Request(order.Id, "set-order-status", new() { ["status"] = "InProgress" }, manager);

        await app.DeliverAsync(assign);
        await app.DeliverAsync(assign); // delivered again: acted once
        await app.DeliverAsync(status);

        var card = await (await app.Administrator.GetAsync($"/api/sales/orders/{order.Id}")).ReadAsync<OrderDto>();
        Assert.Equal((manager, OrderStatus.InProgress), (card.ManagerId, card.Status));
        Assert.Single(card.History, h => h.Kind == OrderHistoryKind.ManagerChanged);
        var answers = await app.Factory.Events.WaitForAsync<ActionCompletedIntegrationEvent>(a => a.RequestId == assign.RequestId || a.RequestId == status.RequestId, 2);
        Assert.All(answers, a => Assert.True(a.Succeeded));
        Assert.Single(answers, a => a.RequestId == assign.RequestId);
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f =>
            f.Object.Id == order.Id.ToString() && f.Event == "status-changed" && f.Fact("manager.id") == manager.ToString());
    }

    [Fact]
    public async Task A_refused_action_is_answered_with_the_reason_and_changes_nothing()
    {
        var client = await app.NewClientAsync(phone: null);
        var order = await app.NewOrderAsync(client);
        var paidByHand = Request(order.Id, "set-order-status", new() { ["status"] = "Paid" }, null);
        var sms = Request(order.Id, "send-message", new() { ["channel"] = "Sms", ["text"] = "Please send us your phone" }, null);
        var email = Request(order.Id, "send-message", new() { ["channel"] = "Email", ["text"] = "Order {order.number}: please send us your phone, {client.name}" }, null);

        await app.DeliverAsync(paidByHand);
        await app.DeliverAsync(sms);
        await app.DeliverAsync(email);

        var refused = await app.Factory.Events.WaitForAsync<ActionCompletedIntegrationEvent>(a => a.RequestId == paidByHand.RequestId || a.RequestId == sms.RequestId, 2);
        Assert.All(refused, a => Assert.False(a.Succeeded));
        Assert.Contains(refused, a => a.Error!.Contains("phone", StringComparison.Ordinal));
        Assert.True((await app.Factory.Events.WaitForAsync<ActionCompletedIntegrationEvent>(a => a.RequestId == email.RequestId))[0].Succeeded);
        var card = await app.CardAsync(client.Id);
        Assert.Equal($"Order {order.Number}: please send us your phone, Maria Silva", Assert.Single(card.Messages).Body);
        Assert.Equal(OrderStatus.New, (await (await app.Administrator.GetAsync($"/api/sales/orders/{order.Id}")).ReadAsync<OrderDto>()).Status);
    }

    [Fact]
    public async Task Answers_and_comments_in_tasks_about_an_order_land_on_the_clients_card()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client);
        var employee = Guid.NewGuid();
        var answered = new TaskCompletedIntegrationEvent(Guid.NewGuid(), new ObjectReference("order", order.Id.ToString()), "no-answer", "Call after 18:00", null, employee)
        {
            OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };

        await app.DeliverAsync(answered);
        await app.DeliverAsync(answered);
        await app.DeliverAsync(new TaskCommentedIntegrationEvent(Guid.NewGuid(), new ObjectReference("client", client.Id.ToString()), employee, "Wrong number?")
        {
            OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        });
        await app.DeliverAsync(new TaskCommentedIntegrationEvent(Guid.NewGuid(), new ObjectReference("work-order", "WO-1"), employee, "not ours"));

        var history = (await app.CardAsync(client.Id)).History;
        var answer = Assert.Single(history, h => h.Kind == ClientHistoryKind.TaskAnswer);
        Assert.Equal(("Task answered: no-answer — Call after 18:00", employee), (answer.Text, answer.EmployeeId));
        Assert.Contains($"order:{order.Id}", answer.Source);
        Assert.Equal("Task comment: Wrong number?", Assert.Single(history, h => h.Kind == ClientHistoryKind.TaskComment).Text);
    }

    private ActionRequestedIntegrationEvent Request(Guid orderId, string action, Dictionary<string, string?> parameters, Guid? employee) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "sales", action, new ObjectReference("order", orderId.ToString()), parameters, employee)
        {
            OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime,
        };
}

[Trait("Provider", "Sqlite")]
public sealed class MessageAndProcessSqliteTests(SqliteApi app) : MessageAndProcessTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class MessageAndProcessPostgresTests(PostgresApi app) : MessageAndProcessTests(app), IClassFixture<PostgresApi>;
