namespace Crm.Modules.SpareParts.Domain.Carts;

/// <summary>A cart is open until it becomes a customer order, its parts are added to a document, or it is discarded.</summary>
public enum CartState
{
    Open,
    Ordered,
    AddedToDocument,
    Discarded,
}
