using Ardalis.Specification;

namespace Crm.BuildingBlocks.Application.Specifications;

/// <summary>What our specifications ask of EF Core beyond Ardalis.Specification's own builder (ADR 0060).</summary>
public static class SpecificationOptions
{
    /// <summary>The key under <see cref="ISpecification{T}.Items"/> that <see cref="AsSingleQuery{T}"/> sets.</summary>
    public const string SingleQueryItem = "Crm.AsSingleQuery";

    /// <summary>
    /// Collections are read by one query each by default (no cartesian products); an aggregate with a single small
    /// collection turns this on to be read in one round trip. Ardalis has only the opposite switch (AsSplitQuery).
    /// </summary>
    public static ISpecificationBuilder<T> AsSingleQuery<T>(this ISpecificationBuilder<T> builder)
    {
        builder.Specification.Items[SingleQueryItem] = true;
        return builder;
    }
}
