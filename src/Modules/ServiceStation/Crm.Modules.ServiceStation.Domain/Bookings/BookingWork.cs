using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.Bookings;

/// <summary>A work planned for the visit (what the client came for), carried into the work order at acceptance.</summary>
public sealed class BookingWork : WorkLine
{
    private BookingWork()
    {
    }

    internal BookingWork(WorkSpec spec, int number)
        : base(spec, number)
    {
    }
}

/// <summary>A part the visit needs (in words, or by reference once selected), carried into the work order at acceptance.</summary>
public sealed class BookingPart : PartLine
{
    private BookingPart()
    {
    }

    internal BookingPart(PartSpec spec, int number)
        : base(spec, number)
    {
    }
}
