using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Domain.Clients;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.CommentClient;

/// <summary>A comment on the client's card (stays on the card, not in any order's history).</summary>
public sealed record CommentClientCommand(Guid ClientId, string? Text) : ICommand<Unit>;

internal sealed class CommentClientValidator : AbstractValidator<CommentClientCommand>
{
    public CommentClientValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(Client.CommentMaxLength);
}

internal sealed class CommentClientHandler(ClientLookup lookup, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<CommentClientCommand, Unit>
{
    public async Task<Unit> Handle(CommentClientCommand command, CancellationToken cancellationToken)
    {
        var client = await lookup.GetAsync(command.ClientId, forUpdate: true, cancellationToken);
        client.Comment(command.Text!, me.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
