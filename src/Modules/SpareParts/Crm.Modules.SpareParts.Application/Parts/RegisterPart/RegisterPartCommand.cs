using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.RegisterPart;

/// <summary>A part enters the catalogue: one brand's article is one part, so a second one is a 409 naming the first.</summary>
public sealed record RegisterPartCommand(string? Article, string? Brand, string? Name, string? Unit, decimal? Price) : ICommand<Guid>, IPartFields;

internal sealed class RegisterPartValidator : AbstractValidator<RegisterPartCommand>
{
    public RegisterPartValidator() => PartInput.Fields(this);
}

internal sealed class RegisterPartHandler(IRepository<Part> parts) : IRequestHandler<RegisterPartCommand, Guid>
{
    public async Task<Guid> Handle(RegisterPartCommand command, CancellationToken cancellationToken)
    {
        var part = Part.Register(new PartId(Guid.NewGuid()), PartInput.Details(command));
        await PartInput.RefuseTwinAsync(parts, part, cancellationToken);
        parts.Add(part);
        return part.Id.Value;
    }
}

/// <summary>One brand's article, compared by their keys.</summary>
public sealed class PartByArticleSpec : Specification<Part>
{
    public PartByArticleSpec(string articleKey, string brandKey) => Query.Where(p => p.ArticleKey == articleKey && p.BrandKey == brandKey);
}
