using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;

namespace Crm.Modules.SpareParts.Application.Carts;

/// <summary>A part picked into a cart: the catalogue's part, how many (in its unit), and the price of one (the part's price when not given).</summary>
public sealed record CartLineInput(Guid? PartId, decimal? Quantity, decimal? Price) : ILineInput;

/// <summary>The input rules of cart lines (the module's document lines', <see cref="LineInput"/>), and the lines made of them with the catalogue's parts.</summary>
internal static class CartInput
{
    public static void Lines<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<CartLineInput>?>> lines)
    {
        validator.RuleFor(lines).Must(l => l is null || l.Count() <= Cart.MaxLines).WithMessage($"At most {Cart.MaxLines} lines.");
        validator.RuleForEach(lines!).NotNull().ChildRules(line =>
        {
            LineInput.Rules(line);
            LineInput.Price(line, l => l.Price);
        });
    }

    /// <summary>The lines with their parts, read in one query; an unknown part or a quantity finer than its unit is a 400 naming the line's field.</summary>
    public static async Task<IReadOnlyList<CartLineSpec>> SpecsAsync(IReadRepository<Part> parts, IReadOnlyList<CartLineInput>? lines, CancellationToken ct)
    {
        if (lines is not { Count: > 0 })
        {
            return [];
        }

        var known = await LineInput.PartsAsync(parts, lines, ct);
        return lines.Select(l => CartLineSpec.Of(known[new PartId(l.PartId!.Value)], l.Quantity!.Value, l.Price)).ToList();
    }
}
