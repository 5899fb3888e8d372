using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Domain.Carts;

/// <summary>
/// What a cart line is made of: the part as the catalogue described it when it was picked (article, brand, name,
/// unit are copied, so the line reads the same after the catalogue changes), the quantity and the price of one.
/// </summary>
public sealed record CartLineSpec(PartId PartId, string Article, string Brand, string Name, string Unit, decimal Quantity, decimal Price)
{
    public static CartLineSpec Of(Part part, decimal quantity, decimal? price) =>
        new(part.Id, part.Article, part.Brand, part.Name, part.Unit, quantity, price ?? part.Price);
}

/// <summary>One picked part of a cart.</summary>
public sealed class CartLine
{
    private CartLine()
    {
        Article = Brand = Name = Unit = string.Empty;
    }

    internal CartLine(CartLineSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        PartId = spec.PartId;
        Article = spec.Article;
        Brand = spec.Brand;
        Name = spec.Name;
        Unit = spec.Unit;
        Quantity = spec.Quantity;
        Price = spec.Price;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, … in the order the parts were picked.</summary>
    public int Number { get; private set; }

    public PartId PartId { get; private set; }

    public string Article { get; private set; }

    public string Brand { get; private set; }

    public string Name { get; private set; }

    public string Unit { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Price { get; private set; }

    public CartLineSpec ToSpec() => new(PartId, Article, Brand, Name, Unit, Quantity, Price);
}
