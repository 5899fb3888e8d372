using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using FluentValidation;

namespace Crm.Modules.SpareParts.Application.Parts;

/// <summary>What registering and changing a part both send.</summary>
public interface IPartFields
{
    string? Article { get; }

    string? Brand { get; }

    string? Name { get; }

    string? Unit { get; }

    decimal? Price { get; }
}

/// <summary>The input rules of a part's fields (400 naming the field), the same as the aggregate's own rules.</summary>
internal static class PartInput
{
    public static void Fields<T>(AbstractValidator<T> validator)
        where T : IPartFields
    {
        validator.RuleFor(c => c.Article).NotEmpty().MaximumLength(Part.ArticleMaxLength)
            .Must(a => Articles.Key(a).Length > 0).WithErrorCode("part.article-invalid").WithMessage("An article needs at least one letter or digit.");
        validator.RuleFor(c => c.Brand).NotEmpty().MaximumLength(Part.BrandMaxLength);
        validator.RuleFor(c => c.Name).NotEmpty().MaximumLength(Part.NameMaxLength);
        validator.RuleFor(c => c.Unit).NotEmpty().Must(PartUnits.IsKnown).WithErrorCode("part.unit-unknown")
            .WithMessage($"Use one of the units {string.Join(", ", PartUnits.Decimals.Keys)}.");
        validator.RuleFor(c => c.Price).NotNull().Must(p => p is null || !new PriceMustBePositiveRule(p.Value).IsBroken())
            .WithErrorCode("part.price-invalid").WithMessage($"A price is more than 0 and less than {PriceMustBePositiveRule.Max}, with at most two decimals.");
    }

    /// <summary>One brand's article is one part: another part with the same keys is a 409 naming it (the unique index backs this up in a race).</summary>
    public static async Task RefuseTwinAsync(IReadRepository<Part> parts, Part part, CancellationToken cancellationToken)
    {
        if (await parts.FirstOrDefaultAsync(new TwinPartSpec(part), cancellationToken) is { } twin)
        {
            throw new ConflictException("part.article-taken", $"{part.Brand} {part.Article} is in the catalogue already.",
                new Dictionary<string, object?> { ["existingPartId"] = twin.Id.Value });
        }
    }

    public static PartDetails Details(IPartFields fields) =>
        new(fields.Article!, fields.Brand!, fields.Name!, fields.Unit!, fields.Price!.Value);
}

/// <summary>Another part with the same brand's article (compared by their keys).</summary>
public sealed class TwinPartSpec : Specification<Part, PartKey>
{
    public TwinPartSpec(Part part)
    {
        var (id, articleKey, brandKey) = (part.Id, part.ArticleKey, part.BrandKey);
        Query.Where(p => p.ArticleKey == articleKey && p.BrandKey == brandKey && p.Id != id);
        Query.Select(p => new PartKey(p.Id, p.ArticleKey, p.BrandKey));
    }
}
