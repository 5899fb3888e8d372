using Crm.Modules.ServiceStation.Domain.Common;

namespace Crm.Modules.ServiceStation.Domain.Estimates;

/// <summary>A work of an estimate.</summary>
public sealed class EstimateWork
{
    private EstimateWork()
    {
        Name = string.Empty;
    }

    internal EstimateWork(WorkSpec spec)
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
}

/// <summary>A parts line of an estimate.</summary>
public sealed class EstimatePart
{
    private EstimatePart()
    {
    }

    internal EstimatePart(PartSpec spec)
    {
        Id = Guid.NewGuid();
        Text = Lines.Optional(spec.Text, Lines.NameMaxLength);
        PartReference = Lines.Optional(spec.PartReference, Lines.ReferenceMaxLength);
        Quantity = spec.Quantity;
        Price = spec.Price;
    }

    public Guid Id { get; private set; }

    public string? Text { get; private set; }

    public string? PartReference { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Price { get; private set; }

    public decimal Amount => Quantity * Price;
}
