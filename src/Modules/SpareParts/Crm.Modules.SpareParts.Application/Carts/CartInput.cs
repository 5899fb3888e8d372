using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Carts.Rules;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using FluentValidation;

namespace Crm.Modules.SpareParts.Application.Carts;

/// <summary>A part picked into a cart: the catalogue's part, how many (in its unit), and the price of one (the part's price when not given).</summary>
public sealed record CartLineInput(Guid? PartId, decimal? Quantity, decimal? Price);

/// <summary>The input rules of cart lines, and the lines made of them with the catalogue's parts.</summary>
internal static class CartInput
{
    public static void Lines<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<CartLineInput>?>> lines)
    {
        validator.RuleFor(lines).Must(l => l is null || l.Count() <= Cart.MaxLines).WithMessage($"At most {Cart.MaxLines} lines.");
        validator.RuleForEach(lines!).ChildRules(line =>
        {
            line.RuleFor(l => l.PartId).NotNull().NotEqual(Guid.Empty);
            line.RuleFor(l => l.Quantity).NotNull().GreaterThan(0m).LessThan(1_000_000m);
            line.RuleFor(l => l.Price).Must(p => p is null || !new PriceMustBePositiveRule(p.Value).IsBroken())
                .WithErrorCode("cart.price-invalid").WithMessage($"A price is more than 0 and less than {PriceMustBePositiveRule.Max}, with at most two decimals.");
        });
    }

    /// <summary>
    /// The lines with their parts, read in one query. A part that is not in the catalogue, or a quantity with more
    /// decimals than the part's unit has, is a 400 naming the line's field (only the part tells the unit).
    /// </summary>
    public static async Task<IReadOnlyList<CartLineSpec>> SpecsAsync(IReadRepository<Part> parts, IReadOnlyList<CartLineInput>? lines, CancellationToken ct)
    {
        if (lines is not { Count: > 0 })
        {
            return [];
        }

        var ids = lines.Select(l => new PartId(l.PartId!.Value)).Distinct().ToList();
        var found = (await parts.ListAsync(new PartsByIdsSpec(ids), ct)).ToDictionary(p => p.Id);
        return lines.Select((line, i) =>
        {
            if (!found.TryGetValue(new PartId(line.PartId!.Value), out var part))
            {
                throw new InvalidFieldException($"lines[{i}].partId", $"There is no part '{line.PartId}' in the catalogue.", "cart.part-unknown");
            }

            var quantityRule = new QuantityMustFitUnitRule(part.Unit, line.Quantity!.Value);
            if (quantityRule.IsBroken())
            {
                throw new InvalidFieldException($"lines[{i}].quantity", quantityRule.Message, quantityRule.Code);
            }

            return CartLineSpec.Of(part, line.Quantity.Value, line.Price);
        }).ToList();
    }
}

public sealed class PartsByIdsSpec : Specification<Part>
{
    public PartsByIdsSpec(IReadOnlyList<PartId> ids) => Query.Where(p => ids.Contains(p.Id));
}
