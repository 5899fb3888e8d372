using Crm.Modules.Sales.Domain.Clients;
using Xunit;
using static Crm.Modules.Sales.Tests.Domain.SalesSamples;

namespace Crm.Modules.Sales.Tests.Domain;

/// <summary>The client aggregate: contacts as the duplicate check and processes need them, and the communication history.</summary>
public sealed class ClientTests
{
    [Fact]
    public void A_registered_client_has_a_lower_case_email_and_trimmed_contacts()
    {
        var client = Client.Register(new ClientId(Guid.NewGuid()), 3, " Rita ", new ClientContacts(" Rita@Example.COM ", " +351 912 ", "  "), "Europe/Lisbon", ["vip"], Now);

        Assert.Equal(("Rita", "rita@example.com", "+351 912", (string?)null), (client.Name, client.Email, client.Phone, client.Telegram));
        Assert.True(client.HasPhone);
        Assert.IsType<ClientRegisteredDomainEvent>(Assert.Single(client.DomainEvents));
    }

    [Fact]
    public void Changing_contacts_writes_the_history_and_the_same_contacts_change_nothing()
    {
        var client = Rita();
        client.ClearDomainEvents();

        Assert.False(client.ChangeContacts(new ClientContacts("rita@example.com", null, null), Manager, Now));
        Assert.Empty(client.History);

        Assert.True(client.ChangeContacts(new ClientContacts("rita@example.com", "+351 913 000 111", null), Manager, Now));
        var entry = Assert.Single(client.History);
        Assert.Equal((ClientHistoryKind.ContactsChanged, "Contacts changed: rita@example.com → rita@example.com, +351 913 000 111", Manager),
            (entry.Kind, entry.Text, entry.EmployeeId!.Value));
        Assert.IsType<ClientContactsChangedDomainEvent>(Assert.Single(client.DomainEvents));
    }

    [Fact]
    public void Renaming_tells_others_only_when_the_name_or_zone_changed()
    {
        var client = Rita();
        client.ClearDomainEvents();

        client.Rename(" Rita Almeida ", "Europe/Lisbon", Now);
        Assert.Empty(client.DomainEvents);

        client.Rename("Rita A. Almeida", "Europe/Lisbon", Now);
        Assert.Equal("Rita A. Almeida", client.Name);
        Assert.IsType<ClientRenamedDomainEvent>(Assert.Single(client.DomainEvents));
    }

    [Fact]
    public void A_task_note_lands_in_the_history_cut_to_what_a_row_holds_and_a_comment_stays_on_the_card()
    {
        var client = Rita();
        client.RecordTaskNote(ClientHistoryKind.TaskAnswer, new string('x', ClientHistoryEntry.TextMaxLength + 10), Manager, "task:1", Now);
        client.Comment(" Prefers mornings ", Manager, Now);

        var note = Assert.Single(client.History);
        Assert.Equal((ClientHistoryKind.TaskAnswer, ClientHistoryEntry.TextMaxLength, "task:1"), (note.Kind, note.Text.Length, note.Source));
        Assert.Equal("Prefers mornings", Assert.Single(client.Comments).Text);
        Assert.Throws<ArgumentException>(() => client.RecordTaskNote(ClientHistoryKind.TaskAnswer, "local time", Manager, "task:2", DateTime.SpecifyKind(Now, DateTimeKind.Local)));
    }
}
