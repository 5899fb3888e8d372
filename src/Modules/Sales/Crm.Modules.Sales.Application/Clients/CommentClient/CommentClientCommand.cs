using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Common;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.CommentClient;

/// <summary>A comment on the client's card (stays on the card, not in any order's history).</summary>
public sealed record CommentClientCommand(Guid ClientId, string? Text) : ICommand<Unit>;

/// <summary>Add tags to a client, or remove one.</summary>
public sealed record TagClientCommand(Guid ClientId, IReadOnlyList<string>? Add, string? Remove) : ICommand<Unit>;

internal sealed class CommentClientValidator : AbstractValidator<CommentClientCommand>
{
    public CommentClientValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(Client.CommentMaxLength);
}

internal sealed class TagClientValidator : AbstractValidator<TagClientCommand>
{
    public TagClientValidator()
    {
        ClientFieldRules.Tags(this, c => c.Add);
        RuleFor(c => c.Remove).MaximumLength(Tag.MaxLength);
    }
}

internal sealed class CommentClientHandler(ClientLookup lookup, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<CommentClientCommand, Unit>, IRequestHandler<TagClientCommand, Unit>
{
    public async Task<Unit> Handle(CommentClientCommand command, CancellationToken cancellationToken)
    {
        var client = await lookup.GetAsync(command.ClientId, forUpdate: true, cancellationToken);
        client.Comment(command.Text!, me.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }

    public async Task<Unit> Handle(TagClientCommand command, CancellationToken cancellationToken)
    {
        var client = await lookup.GetAsync(command.ClientId, forUpdate: true, cancellationToken);
        client.AddTags(command.Add ?? []);
        if (!string.IsNullOrWhiteSpace(command.Remove))
        {
            client.RemoveTag(command.Remove);
        }

        return Unit.Value;
    }
}
