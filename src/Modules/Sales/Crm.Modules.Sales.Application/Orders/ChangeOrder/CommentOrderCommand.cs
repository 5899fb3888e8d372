using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Common;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.ChangeOrder;

/// <summary>A comment in the order's history.</summary>
public sealed record CommentOrderCommand(Guid OrderId, int? ExpectedVersion, string? Text) : ICommand<Unit>, IOrderActionCommand;

/// <summary>Add tags, remove one, or both.</summary>
public sealed record TagOrderCommand(Guid OrderId, int? ExpectedVersion, IReadOnlyList<string>? Add, string? Remove) : ICommand<Unit>, IOrderActionCommand;

/// <summary>Move the end of the access the order buys; null: no end.</summary>
public sealed record ChangeAccessEndCommand(Guid OrderId, int? ExpectedVersion, DateTimeOffset? EndsAt) : ICommand<Unit>, IOrderActionCommand;

internal sealed class CommentOrderValidator : AbstractValidator<CommentOrderCommand>
{
    public CommentOrderValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(Order.CommentMaxLength);
}

internal sealed class TagOrderValidator : AbstractValidator<TagOrderCommand>
{
    public TagOrderValidator()
    {
        RuleForEach(c => c.Add).NotEmpty().MaximumLength(Tag.MaxLength);
        RuleFor(c => c.Remove).MaximumLength(Tag.MaxLength);
        RuleFor(c => c.Add).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Remove)).WithMessage("Give tags to add or a tag to remove.");
    }
}

internal sealed class OrderDetailsHandler(OrderActions actions)
    : IRequestHandler<CommentOrderCommand, Unit>, IRequestHandler<TagOrderCommand, Unit>, IRequestHandler<ChangeAccessEndCommand, Unit>
{
    public async Task<Unit> Handle(CommentOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.Comment(command.Text!, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }

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

    public async Task<Unit> Handle(ChangeAccessEndCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.ChangeAccessEnd(command.EndsAt?.UtcDateTime, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }
}
