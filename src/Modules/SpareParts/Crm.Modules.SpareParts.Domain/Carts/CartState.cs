namespace Crm.Modules.SpareParts.Domain.Carts;

/// <summary>A cart is open until it becomes a customer order, its parts are added to a document or sold, or it is discarded.</summary>
public enum CartState
{
    Open,
    Ordered,
    AddedToDocument,
    Discarded,

    /// <summary>Sold straight from the cart, from what the warehouse had (ADR 0085).</summary>
    Sold,
}
