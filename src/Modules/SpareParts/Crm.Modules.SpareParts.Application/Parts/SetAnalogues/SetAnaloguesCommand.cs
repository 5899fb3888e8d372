using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.SetAnalogues;

/// <summary>One cross-reference as sent: a brand and its article (need not be in the catalogue).</summary>
public sealed record AnalogueInput(string? Brand, string? Article);

/// <summary>The part's analogues replaced by the list sent (a PUT: an empty list clears them).</summary>
public sealed record SetAnaloguesCommand(Guid PartId, int? ExpectedVersion, IReadOnlyList<AnalogueInput?>? Analogues) : ICommand<Unit>;

internal sealed class SetAnaloguesValidator : AbstractValidator<SetAnaloguesCommand>
{
    public SetAnaloguesValidator()
    {
        RuleFor(c => c.Analogues).NotNull()
            .Must(a => a is null || a.Count <= Part.MaxAnalogues).WithErrorCode("part.analogues-too-many").WithMessage($"A part lists at most {Part.MaxAnalogues} analogues.")
            .Must(Distinct).WithErrorCode("part.analogue-repeated").WithMessage("An analogue is listed twice (articles are compared by letters and digits, brands in any case).");
        RuleForEach(c => c.Analogues).NotNull().ChildRules(analogue =>
        {
            analogue.RuleFor(a => a!.Brand).NotEmpty().MaximumLength(Part.BrandMaxLength);
            analogue.RuleFor(a => a!.Article).NotEmpty().MaximumLength(Part.ArticleMaxLength)
                .Must(a => Articles.Key(a).Length > 0).WithErrorCode("part.article-invalid").WithMessage("An article needs at least one letter or digit.");
        });
    }

    private static bool Distinct(IReadOnlyList<AnalogueInput?>? analogues) =>
        analogues is null || analogues.Any(a => a?.Brand is null || a.Article is null)
        || analogues.Select(a => (Articles.Key(a!.Article), Brands.Key(a.Brand!))).Distinct().Count() == analogues.Count;
}

internal sealed class SetAnaloguesHandler(IRepository<Part> parts, TimeProvider clock) : IRequestHandler<SetAnaloguesCommand, Unit>
{
    public async Task<Unit> Handle(SetAnaloguesCommand command, CancellationToken cancellationToken)
    {
        var part = await parts.ForUpdateAsync(command.PartId, cancellationToken, command.ExpectedVersion);
        part.SetAnalogues([.. command.Analogues!.Select(a => new ArticleRef(a!.Brand!, a.Article!))], clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
