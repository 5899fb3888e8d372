using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Carts.OpenCart;

/// <summary>
/// A cart opened from a task, a contact, a booking or a work order (<see cref="SourceKind"/> and id), maybe with parts
/// already. From a task, <see cref="SubjectType"/>/<see cref="SubjectId"/> are the task's subject when the opener
/// knows it (the task card shows it): the work order or booking the parts go to, the contact a booking may come from.
/// </summary>
public sealed record OpenCartCommand(string? SourceKind, Guid? SourceId, string? SubjectType, Guid? SubjectId, IReadOnlyList<CartLineInput>? Lines)
    : ICommand<Guid>;

internal sealed class OpenCartValidator : AbstractValidator<OpenCartCommand>
{
    public OpenCartValidator()
    {
        RuleFor(c => c.SourceKind).NotEmpty().Must(k => CartSource.Kinds.Contains(k!)).WithErrorCode("cart.source-unknown")
            .WithMessage($"Open a cart from one of: {string.Join(", ", CartSource.Kinds)}.");
        RuleFor(c => c.SourceId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.SubjectType).Null().When(c => c.SourceKind != CartSource.Task).WithMessage("Only a task's cart names the task's subject.");
        RuleFor(c => c.SubjectType).Must(t => t is null || CartSource.SubjectTypes.Contains(t)).WithErrorCode("cart.subject-unknown")
            .WithMessage($"A task's subject here is one of: {string.Join(", ", CartSource.SubjectTypes)}.");
        RuleFor(c => c.SubjectId).NotNull().NotEqual(Guid.Empty).When(c => c.SubjectType is not null);
        RuleFor(c => c.SubjectId).Null().When(c => c.SubjectType is null).WithMessage("Name the subject's type too.");
        CartInput.Lines(this, c => c.Lines);
    }
}

internal sealed class OpenCartHandler(IRepository<Cart> carts, IReadRepository<Part> parts, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<OpenCartCommand, Guid>
{
    public async Task<Guid> Handle(OpenCartCommand command, CancellationToken cancellationToken)
    {
        var lines = await CartInput.SpecsAsync(parts, command.Lines, cancellationToken);
        var source = new CartSource(command.SourceKind!, command.SourceId!.Value, command.SubjectType, command.SubjectId);
        var cart = Cart.Open(new CartId(Guid.NewGuid()), source, employee.Id, lines, clock.GetUtcNow().UtcDateTime);
        carts.Add(cart);
        return cart.Id.Value;
    }
}
