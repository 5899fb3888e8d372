using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.Estimates;

/// <summary>A work of an estimate.</summary>
public sealed class EstimateWork : WorkLine
{
    private EstimateWork()
    {
    }

    internal EstimateWork(WorkSpec spec, int number)
        : base(spec, number)
    {
    }
}

/// <summary>A parts line of an estimate.</summary>
public sealed class EstimatePart : PartLine
{
    private EstimatePart()
    {
    }

    internal EstimatePart(PartSpec spec, int number)
        : base(spec, number)
    {
    }
}
