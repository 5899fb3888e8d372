using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Common;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.TagOrder;

/// <summary>Add tags, remove one, or both.</summary>
public sealed record TagOrderCommand(Guid OrderId, int? ExpectedVersion, IReadOnlyList<string>? Add, string? Remove) : ICommand<Unit>, IOrderActionCommand;

internal sealed class TagOrderValidator : AbstractValidator<TagOrderCommand>
{
    public TagOrderValidator()
    {
        RuleForEach(c => c.Add).NotEmpty().MaximumLength(Tag.MaxLength);
        RuleFor(c => c.Remove).MaximumLength(Tag.MaxLength);
        RuleFor(c => c.Add).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Remove)).WithMessage("Give tags to add or a tag to remove.");
    }
}

internal sealed class TagOrderHandler(OrderActions actions) : IRequestHandler<TagOrderCommand, Unit>
{
    public async Task<Unit> Handle(TagOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        if (command.Add is { Count: > 0 } add)
        {
            order.AddTags(add, actions.Actor, actions.NowUtc);
        }

        if (!string.IsNullOrWhiteSpace(command.Remove))
        {
            order.RemoveTag(command.Remove, actions.Actor, actions.NowUtc);
        }

        return Unit.Value;
    }
}
