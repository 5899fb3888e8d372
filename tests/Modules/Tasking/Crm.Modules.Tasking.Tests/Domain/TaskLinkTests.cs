using Crm.Modules.Tasking.Domain.Tasks;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>Links other modules put on a task (ADR 0081): shown once per object, on open and closed tasks, recorded in the history.</summary>
public sealed class TaskLinkTests
{
    private static WorkTask NewTask() => WorkTask.Create(new TaskId(Guid.NewGuid()), 1, Plain,
        new NewTaskDetails("Select parts", null, new Subject("work-order", "42"), new Addressee(AddresseeKind.Position, Guid.NewGuid()), null), Alice, Now);

    [Fact]
    public void The_same_object_linked_again_is_described_anew_not_listed_twice_and_a_closed_task_takes_links_too()
    {
        var task = NewTask();
        var cart = Guid.NewGuid();
        task.AttachLink(new TaskLinkSpec("spare-parts", "cart", cart, "Cart of parts", "/carts/1"), Now);
        task.Complete(Alice, Plain, new TaskClosing("done"), Now.AddMinutes(1));
        task.AttachLink(new TaskLinkSpec("spare-parts", "cart", cart, "Cart: added", "/carts/1"), Now.AddMinutes(2));
        task.AttachLink(new TaskLinkSpec("spare-parts", "order", cart, "Order", "/orders/1"), Now.AddMinutes(3));

        Assert.Equal([("cart", "Cart: added"), ("order", "Order")], task.Links.Select(l => (l.Kind, l.Label)));
        Assert.Equal(3, task.History.Count(h => h.Action == TaskAction.LinkAttached && h.By is null));
    }

    [Fact]
    public void A_blank_label_is_refused() =>
        Assert.ThrowsAny<ArgumentException>(() => NewTask().AttachLink(new TaskLinkSpec("spare-parts", "cart", Guid.NewGuid(), " ", "/carts/1"), Now));
}
