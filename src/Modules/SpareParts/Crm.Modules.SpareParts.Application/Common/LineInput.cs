using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>A document's line as sent: a part and a quantity (a price and a supply deadline where the document has them).</summary>
public interface ILineInput
{
    Guid? PartId { get; }

    decimal? Quantity { get; }
}

/// <summary>
/// The input rules of documents' lines (400 naming the field, e.g. <c>lines[2].quantity</c>): parts named and known,
/// quantities above zero with the decimals of the part's unit, prices above zero; the warehouse known.
/// </summary>
public static class LineInput
{
    public const int MaxLines = 1000;

    public static void Rules<T>(InlineValidator<T> line)
        where T : ILineInput
    {
        line.RuleFor(l => l.PartId).NotEmpty();
        line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0).LessThan(QuantityMustFitUnitRule.Max).WithErrorCode("quantity.invalid");
    }

    public static void Price<T>(InlineValidator<T> line, Func<T, decimal?> price) =>
        line.RuleFor(l => price(l)).Must(p => p is null || !new PriceMustBePositiveRule(p.Value).IsBroken()).OverridePropertyName("price")
            .WithErrorCode("price.invalid").WithMessage($"A price is more than 0 and less than {PriceMustBePositiveRule.Max}, with at most two decimals.");

    public static void Moment<T>(InlineValidator<T> line, Func<T, DateTimeOffset?> moment, string name) =>
        line.RuleFor(l => moment(l)).Must(m => m is null || Moments.IsShowable(m.Value)).OverridePropertyName(name).WithMessage(Moments.OutOfRange);

    /// <summary>The parts the lines name, by id; an unknown one or a quantity finer than its unit is a 400 naming the line's field.</summary>
    public static async Task<Dictionary<PartId, Part>> PartsAsync(IReadRepository<Part> parts, IReadOnlyList<ILineInput> lines, CancellationToken ct)
    {
        var ids = lines.Select(l => new PartId(l.PartId!.Value)).Distinct().ToList();
        var known = (await parts.ListAsync(new PartsByIdsSpec(ids), ct)).ToDictionary(p => p.Id);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!known.TryGetValue(new PartId(lines[i].PartId!.Value), out var part))
            {
                throw new InvalidFieldException($"lines[{i}].partId", $"There is no part {lines[i].PartId}.", "part.unknown");
            }

            if (!PartUnits.Fits(part.Unit, lines[i].Quantity!.Value))
            {
                throw new InvalidFieldException($"lines[{i}].quantity", new QuantityMustFitUnitRule(part.Unit, lines[i].Quantity!.Value).Message, "quantity.invalid");
            }
        }

        return known;
    }

    /// <summary>The warehouse a document names: a 400 on the field when there is none such.</summary>
    public static async Task<WarehouseId> WarehouseAsync(IReadRepository<Warehouse> warehouses, Guid id, CancellationToken ct) =>
        await warehouses.AnyAsync(new WarehouseByIdSpec(new WarehouseId(id)), ct)
            ? new WarehouseId(id)
            : throw new InvalidFieldException("warehouseId", $"There is no warehouse {id}.", "warehouse.unknown");
}

public sealed class PartsByIdsSpec : Specification<Part>
{
    public PartsByIdsSpec(IReadOnlyCollection<PartId> ids) => Query.Where(p => ids.Contains(p.Id));
}

public sealed class WarehouseByIdSpec : Specification<Warehouse>
{
    public WarehouseByIdSpec(WarehouseId id) => Query.Where(w => w.Id == id);
}
