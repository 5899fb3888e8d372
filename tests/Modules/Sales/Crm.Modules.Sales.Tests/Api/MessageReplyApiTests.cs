using System.Net;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Application.Messages.RecordReply;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>
/// Messages other modules ask Sales for, and the client's replies (ADR 0078): a request writes one message however
/// often it comes, a refused one is answered and leaves the others alone, and a reply recorded through the API is on
/// the card and goes back to the module that asked.
/// </summary>
public abstract class MessageReplyApiTests(ApiFixture app)
{
    private static readonly ObjectReference WorkOrder = new("work-order", Guid.NewGuid().ToString());

    [Fact]
    public async Task A_requested_message_is_written_once_and_the_reply_goes_back_to_the_module_that_asked()
    {
        var client = await app.NewClientAsync();
        var request = Request(client.Id, "We recommend: brake discs, {client.name}");

        await app.DeliverAsync(request);
        await app.DeliverAsync(request with { EventId = Guid.NewGuid() }); // the asker sent it again

        var message = Assert.Single((await app.CardAsync(client.Id)).Messages);
        Assert.Equal((MessageChannel.Sms, "We recommend: brake discs, Maria Silva", client.Phone), (message.Channel, message.Body, message.Recipient));

        var reply = await (await app.Administrator.PostJsonAsync($"/api/sales/messages/{message.Id}/replies", new { text = "Saturday, please" }))
            .ReadAsync<MessageReplyDto>(HttpStatusCode.Created);

        Assert.Equal((message.Id, "Saturday, please", app.AdministratorId), (reply.MessageId, reply.Text, reply.RecordedBy!.Value));
        Assert.Equal("Saturday, please", Assert.Single(Assert.Single((await app.CardAsync(client.Id)).Messages).Replies).Text);
        var published = (await app.Factory.Events.WaitForAsync<ClientMessageRepliedIntegrationEvent>(e => e.MessageId == message.Id))[0];
        Assert.Equal(("service-station", WorkOrder, client.Id, "Saturday, please"), (published.Module, published.About, published.ClientId, published.Text));
    }

    [Fact]
    public async Task A_request_sales_cannot_write_is_refused_and_the_next_one_is_written()
    {
        var noAddress = await app.NewClientAsync(phone: null);
        var telegram = Request(noAddress.Id, "Hello") with { Channel = "Telegram" };
        var unknown = Request(Guid.NewGuid(), "Hello");
        var fine = Request(noAddress.Id, "Hello by e-mail");

        await app.DeliverAsync(telegram);
        await app.DeliverAsync(unknown);
        await app.DeliverAsync(fine);

        var refused = await app.Factory.Events.WaitForAsync<ClientMessageRefusedIntegrationEvent>(e => e.RequestId == telegram.RequestId || e.RequestId == unknown.RequestId, 2);
        Assert.All(refused, r => Assert.Equal(("service-station", WorkOrder), (r.Module, r.About)));
        var written = Assert.Single((await app.CardAsync(noAddress.Id)).Messages);
        Assert.Equal((MessageChannel.Email, "Hello by e-mail"), (written.Channel, written.Body)); // no phone: the e-mail
    }

    [Fact]
    public async Task A_reply_to_an_unknown_message_is_404_and_one_without_text_names_the_field()
    {
        var unknown = await app.Administrator.PostJsonAsync($"/api/sales/messages/{Guid.NewGuid()}/replies", new { text = "Hi" });
        await unknown.ProblemAsync(HttpStatusCode.NotFound);

        var client = await app.NewClientAsync();
        await app.DeliverAsync(Request(client.Id, "Hello"));
        var message = Assert.Single((await app.CardAsync(client.Id)).Messages);
        var empty = await app.Administrator.PostJsonAsync($"/api/sales/messages/{message.Id}/replies", new { text = "" });
        Assert.NotEmpty((await empty.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("text"));
        var future = await app.Administrator.PostJsonAsync($"/api/sales/messages/{message.Id}/replies", new { text = "Hi", receivedAt = app.Clock.GetUtcNow().AddHours(1) });
        Assert.NotEmpty((await future.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("receivedAt"));
        Assert.Empty(Assert.Single((await app.CardAsync(client.Id)).Messages).Replies);
    }

    private ClientMessageRequestedIntegrationEvent Request(Guid client, string text) =>
        new(Guid.NewGuid(), "service-station", WorkOrder, client, null, null, text, null) { OccurredAtUtc = app.Clock.GetUtcNow().UtcDateTime };
}

[Trait("Provider", "Sqlite")]
public sealed class MessageReplyApiSqliteTests(SqliteApi app) : MessageReplyApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class MessageReplyApiPostgresTests(PostgresApi app) : MessageReplyApiTests(app), IClassFixture<PostgresApi>;
