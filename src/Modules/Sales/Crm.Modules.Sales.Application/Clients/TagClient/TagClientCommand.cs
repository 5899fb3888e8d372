using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Common;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.TagClient;

/// <summary>Add tags to a client, or remove one.</summary>
public sealed record TagClientCommand(Guid ClientId, IReadOnlyList<string>? Add, string? Remove) : ICommand<Unit>;

internal sealed class TagClientValidator : AbstractValidator<TagClientCommand>
{
    public TagClientValidator()
    {
        ClientFieldRules.Tags(this, c => c.Add);
        RuleFor(c => c.Remove).MaximumLength(Tag.MaxLength);
    }
}

internal sealed class TagClientHandler(ClientLookup lookup) : IRequestHandler<TagClientCommand, Unit>
{
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
