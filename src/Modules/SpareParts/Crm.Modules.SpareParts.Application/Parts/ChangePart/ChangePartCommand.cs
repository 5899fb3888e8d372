using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.ChangePart;

/// <summary>Corrects or reprices a part (a PUT: every field is sent); its article may not become another part's of the same brand.</summary>
public sealed record ChangePartCommand(Guid PartId, int? ExpectedVersion, string? Article, string? Brand, string? Name, string? Unit, decimal? Price)
    : ICommand<Unit>, IPartFields;

internal sealed class ChangePartValidator : AbstractValidator<ChangePartCommand>
{
    public ChangePartValidator() => PartInput.Fields(this);
}

internal sealed class ChangePartHandler(IRepository<Part> parts) : IRequestHandler<ChangePartCommand, Unit>
{
    public async Task<Unit> Handle(ChangePartCommand command, CancellationToken cancellationToken)
    {
        var part = await parts.ForUpdateAsync(command.PartId, cancellationToken, command.ExpectedVersion);
        part.Change(PartInput.Details(command));
        await PartInput.RefuseTwinAsync(parts, part, cancellationToken);
        return Unit.Value;
    }
}
