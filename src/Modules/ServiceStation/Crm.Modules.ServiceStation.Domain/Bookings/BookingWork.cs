using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.Bookings;

/// <summary>A work planned for the visit (what the client came for), carried into the work order at acceptance.</summary>
public sealed class BookingWork
{
    private BookingWork()
    {
        Name = string.Empty;
    }

    internal BookingWork(WorkSpec spec)
    {
        Id = Guid.NewGuid();
        Name = Lines.Name(spec.Name);
        NormHours = spec.NormHours;
        Price = spec.Price;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public decimal NormHours { get; private set; }

    public decimal Price { get; private set; }

    public WorkSpec ToSpec() => new(Name, NormHours, Price);
}
