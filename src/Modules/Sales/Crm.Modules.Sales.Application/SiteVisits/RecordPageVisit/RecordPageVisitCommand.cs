using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Application.Clients;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.SiteVisits.RecordPageVisit;

/// <summary>
/// The site's tracker saw a client (by id or e-mail) on a page: publishes the "page-visited" fact with the URL and
/// the query string, so a process can start on it (seed 002: a visit to a page starts a process).
/// </summary>
public sealed record RecordPageVisitCommand(Guid? ClientId, string? Email, string? Url, IReadOnlyDictionary<string, string?>? Query) : ICommand<Unit>;

internal sealed class RecordPageVisitValidator : AbstractValidator<RecordPageVisitCommand>
{
    public RecordPageVisitValidator()
    {
        RuleFor(c => c.ClientId).NotNull().When(c => string.IsNullOrWhiteSpace(c.Email)).WithMessage("Give clientId or email.");
        RuleFor(c => c.Url).NotEmpty().MaximumLength(2000).Must(u => Uri.TryCreate(u, UriKind.Absolute, out _)).WithMessage("Give the page's absolute URL.");
        RuleFor(c => c.Query).Must(q => q is null || q.Count <= 50).WithMessage("At most 50 query parameters.");
    }
}

internal sealed class RecordPageVisitHandler(ClientLookup clients, TimeProvider clock) : IRequestHandler<RecordPageVisitCommand, Unit>
{
    public async Task<Unit> Handle(RecordPageVisitCommand command, CancellationToken cancellationToken)
    {
        var client = await clients.FindAsync(command.ClientId, command.Email, null, forUpdate: true, cancellationToken);
        var url = new Uri(command.Url!);
        var query = command.Query is { Count: > 0 } given
            ? string.Join('&', given.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value ?? string.Empty)}"))
            : url.Query.TrimStart('?');
        client.VisitPage(url.GetLeftPart(UriPartial.Path), query.Length == 0 ? null : query, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
