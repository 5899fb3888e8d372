using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Domain.Common;
using FluentValidation;

namespace Crm.Modules.ServiceStation.Application.Common;

public sealed record WorkInput(string? Name, decimal? NormHours, decimal? Price)
{
    public WorkSpec ToSpec() => new(Name!, NormHours ?? 0m, Price ?? 0m);
}

public sealed record PartInput(string? Text, string? PartReference, decimal? Quantity, decimal? Price)
{
    public PartSpec ToSpec() => new(Text, PartReference, Quantity ?? 1m, Price ?? 0m);
}

public sealed record WorkDto(Guid Id, string Name, decimal NormHours, decimal Price);

/// <summary>Input rules the station's documents share: works and parts lines, and how moments are shown.</summary>
internal static class DocumentInput
{
    public static void Works<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<WorkInput>?>> works)
    {
        validator.RuleFor(works).Must(w => w is null || w.Count() <= Lines.MaxCount).WithMessage($"At most {Lines.MaxCount} lines.");
        validator.RuleForEach(works!).ChildRules(w =>
        {
            w.RuleFor(x => x.Name).NotEmpty().MaximumLength(Lines.NameMaxLength);
            w.RuleFor(x => x.NormHours).InclusiveBetween(0m, 1000m).PrecisionScale(8, 2, true);
            w.RuleFor(x => x.Price).GreaterThanOrEqualTo(0m).PrecisionScale(18, 2, true);
        });
    }

    public static void Parts<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<PartInput>?>> parts)
    {
        validator.RuleFor(parts).Must(p => p is null || p.Count() <= Lines.MaxCount).WithMessage($"At most {Lines.MaxCount} lines.");
        validator.RuleForEach(parts!).ChildRules(p =>
        {
            p.RuleFor(x => x.Text).MaximumLength(Lines.NameMaxLength)
                .NotEmpty().When(x => string.IsNullOrWhiteSpace(x.PartReference)).WithMessage("Say which part: text or partReference.");
            p.RuleFor(x => x.PartReference).MaximumLength(Lines.ReferenceMaxLength);
            p.RuleFor(x => x.Quantity).GreaterThan(0m).LessThanOrEqualTo(100_000m).PrecisionScale(12, 3, true);
            p.RuleFor(x => x.Price).GreaterThanOrEqualTo(0m).PrecisionScale(18, 2, true);
        });
    }

    public static IReadOnlyList<WorkSpec> Specs(IReadOnlyList<WorkInput>? works) => works?.Select(w => w.ToSpec()).ToList() ?? [];

    public static IReadOnlyList<PartSpec> Specs(IReadOnlyList<PartInput>? parts) => parts?.Select(p => p.ToSpec()).ToList() ?? [];

    /// <summary>A stored UTC moment in the reader's time zone.</summary>
    public static DateTimeOffset Show(DateTime utc) => ReaderTimeZone.Show(utc);

    public static DateTimeOffset? Show(DateTime? utc) => ReaderTimeZone.Show(utc);
}
