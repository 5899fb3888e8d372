namespace Crm.Modules.ServiceStation.Domain.Common;

/// <summary>A work line as estimates, bookings and work orders keep it: name, norm hours, price.</summary>
public abstract class WorkLine
{
    protected WorkLine()
    {
        Name = string.Empty;
    }

    protected WorkLine(WorkSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        Name = Lines.Name(spec.Name);
        NormHours = spec.NormHours;
        Price = spec.Price;
    }

    public Guid Id { get; private set; }

    /// <summary>The line's place in its document (1, 2, …): lines are shown in the order they were written.</summary>
    public int Number { get; private set; }

    public string Name { get; private set; }

    public decimal NormHours { get; private set; }

    public decimal Price { get; private set; }

    public WorkSpec ToSpec() => new(Name, NormHours, Price);
}

/// <summary>A parts line as estimates and work orders keep it: text and/or catalogue reference, quantity, price of one.</summary>
public abstract class PartLine
{
    protected PartLine()
    {
    }

    protected PartLine(PartSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        Text = Lines.Optional(spec.Text, Lines.NameMaxLength);
        PartReference = Lines.Optional(spec.PartReference, Lines.ReferenceMaxLength);
        Quantity = spec.Quantity;
        Price = spec.Price;
    }

    public Guid Id { get; private set; }

    /// <summary>The line's place in its document (1, 2, …).</summary>
    public int Number { get; private set; }

    public string? Text { get; private set; }

    public string? PartReference { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Price { get; private set; }

    public decimal Amount => Quantity * Price;

    public PartSpec ToSpec() => new(Text, PartReference, Quantity, Price);

    /// <summary>
    /// Parts asked for in words only that no line naming a part by its reference answers yet: what the parts
    /// specialists are to select ("Select parts"; the catalogue comes with Spare Parts).
    /// </summary>
    public static int ToSelect(IEnumerable<PartLine> lines)
    {
        var all = lines.ToList();
        return Math.Max(0, all.Count(p => p.PartReference is null) - Selected(all));
    }

    /// <summary>Lines that name a part by its reference.</summary>
    public static int Selected(IEnumerable<PartLine> lines) => lines.Count(p => p.PartReference is not null);

    /// <summary>Whether the lines just added ask for a part in words while some are still to select.</summary>
    public static bool AsksForParts(IEnumerable<PartSpec> added, IEnumerable<PartLine> lines) =>
        added.Any(p => string.IsNullOrWhiteSpace(p.PartReference)) && ToSelect(lines) > 0;
}
