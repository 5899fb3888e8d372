using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Carts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.AddCartToDocument;

/// <summary>
/// "Add to the work order / booking": the cart's parts are sent to the station's document — the one named, else the
/// cart's own (its source, or its task's subject). The station answers through an event: the cart then closes as
/// added, or stays open saying why not (ADR 0081).
/// </summary>
public sealed record AddCartToDocumentCommand(Guid CartId, int? ExpectedVersion, string? DocumentKind, Guid? DocumentId) : ICommand<Unit>;

internal sealed class AddCartToDocumentValidator : AbstractValidator<AddCartToDocumentCommand>
{
    public AddCartToDocumentValidator()
    {
        RuleFor(c => c.DocumentKind).Must(k => k is null || CartSource.DocumentKinds.Contains(k)).WithErrorCode("cart.document-unknown")
            .WithMessage($"Parts go to one of: {string.Join(", ", CartSource.DocumentKinds)}.");
        RuleFor(c => c.DocumentId).NotNull().NotEqual(Guid.Empty).When(c => c.DocumentKind is not null);
        RuleFor(c => c.DocumentId).Null().When(c => c.DocumentKind is null).WithMessage("Name the document's kind too.");
    }
}

internal sealed class AddCartToDocumentHandler(IRepository<Cart> carts, TimeProvider clock) : IRequestHandler<AddCartToDocumentCommand, Unit>
{
    public async Task<Unit> Handle(AddCartToDocumentCommand command, CancellationToken cancellationToken)
    {
        var cart = await carts.ForUpdateAsync(command.CartId, cancellationToken, command.ExpectedVersion);
        var named = command.DocumentKind is { } kind ? new CartDocument(kind, command.DocumentId!.Value) : null;
        cart.AddToDocument(named, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
