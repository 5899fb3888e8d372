using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Infrastructure.DemoData;

/// <summary>
/// Development only, on first start: the station's positions and people, a few task types from seed 004 and
/// some open tasks, so a new user sees a real inbox. Skipped when any employee exists.
/// </summary>
internal static class TaskingDemoData
{
    /// <summary>
    /// Fixed, because the processes Sales ships name it as their executor (Sales' Processes/Templates/*.process.json):
    /// in Development the reference process's tasks reach the call-centre operators at once (ADR 0046).
    /// </summary>
    public static readonly PositionId CallCentreOperator = new(Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000101"));

    /// <summary>Fixed, because Service Station's process templates name them as executors (StationProcessTemplates).</summary>
    public static readonly PositionId MasterConsultantPosition = new(Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000102"));

    /// <inheritdoc cref="MasterConsultantPosition"/>
    public static readonly PositionId PartsSpecialist = new(Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000103"));

    /// <inheritdoc cref="MasterConsultantPosition"/>
    public static readonly PositionId QualityControl = new(Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000104"));

    /// <summary>Fixed, because Service Station's demo bookings name her (ServiceStationDemoData.MasterConsultant).</summary>
    public static readonly EmployeeId MasterConsultant = new(Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000201"));

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<TaskingDbContext>();
        if (await db.Employees.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var numbers = services.GetRequiredService<ITaskNumbers>();

        var operatorPosition = Position.Create(CallCentreOperator, "Call-centre operator");
        var consultant = Position.Create(MasterConsultantPosition, "Master consultant");
        var parts = Position.Create(PartsSpecialist, "Parts specialist");
        var quality = Position.Create(QualityControl, "Quality-control employee");
        db.Positions.AddRange(operatorPosition, consultant, parts, quality);

        var ana = Employee.Hire(MasterConsultant, "Ana Souza", EmployeeTimeZone.From("Europe/Lisbon"), [consultant.Id], now, isAdministrator: true);
        var ivan = Hire(now, "Ivan Petrov", "Europe/Moscow", [operatorPosition.Id]);
        var lucia = Hire(now, "Lucía García", "Europe/Madrid", [operatorPosition.Id, quality.Id]);
        var marta = Hire(now, "Marta Nowak", "Europe/Warsaw", [parts.Id]);
        db.Employees.AddRange(ana, ivan, lucia, marta);

        var call = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Call the client", "phone", "#1e88e5", 10,
        [
            new("reached", "Got through", false),
            new("no-answer", "No answer", false),
            new("wrong-number", "Wrong number", false),
            new("duplicate", "Duplicate", false),
        ]);
        var contact = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Specify contact result", "headset", "#43a047", 20,
        [
            new("booked", "Client booked", false),
            new("postponed", "Postponed", false),
            new("refusal", "Refusal", true),
        ]);
        var selectParts = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Select parts", "wrench", "#fb8c00", 30, null);
        var arbitrary = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Arbitrary task", "note", "#607d8b", 90, null);
        db.TaskTypes.AddRange(call, contact, selectParts, arbitrary);

        async Task AddTask(TaskType type, string title, Subject? subject, Addressee addressee, TimeSpan due) =>
            db.Tasks.Add(WorkTask.Create(new TaskId(Guid.NewGuid()), await numbers.NextAsync(cancellationToken), type,
                new NewTaskDetails(title, null, subject, addressee, now + due), ana.Id, now));

        await AddTask(contact, "Missed call from +351 912 345 678", new Subject("contact", "C-1001"), new Addressee(AddresseeKind.Position, operatorPosition.Id.Value), TimeSpan.Zero);
        await AddTask(call, "Call about order 5012: confirm the booking", new Subject("order", "5012"), new Addressee(AddresseeKind.Employee, ivan.Id.Value), TimeSpan.FromHours(2));
        await AddTask(selectParts, "Brake pads for work order WO-77", new Subject("work-order", "WO-77"), new Addressee(AddresseeKind.Position, parts.Id.Value), TimeSpan.FromDays(1));
        await AddTask(arbitrary, "Hand over the evening shift notes", null, new Addressee(AddresseeKind.Employee, lucia.Id.Value), TimeSpan.FromHours(8));
        await AddTask(call, "Invite to regular maintenance (60,000 km)", new Subject("vehicle", "WVWZZZ1JZXW000001"), new Addressee(AddresseeKind.Position, operatorPosition.Id.Value), TimeSpan.FromDays(2));
        _ = marta;

        // Through the unit of work, so the demo tasks announce themselves like any other (outbox events).
        using var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(TaskingDemoData)).Begin();
        await unitOfWork.CommitAsync(cancellationToken);
    }

    private static Employee Hire(DateTime now, string name, string zone, IEnumerable<PositionId> positions, bool isAdministrator = false) =>
        Employee.Hire(new EmployeeId(Guid.NewGuid()), name, EmployeeTimeZone.From(zone), positions, now, isAdministrator);
}
