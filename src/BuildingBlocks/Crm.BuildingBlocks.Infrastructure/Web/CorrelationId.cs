using Microsoft.AspNetCore.Http;
using Serilog.Context;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The request's correlation id: the client's <c>X-Correlation-Id</c> when it looks sane, or made up; returned in
/// the same header, shown in problem details (as the trace identifier) and put on Serilog's log context, so every
/// line logged while the request runs carries it — Serilog's request-completed line too, which is written inside.
/// </summary>
internal sealed class CorrelationId(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";
    public const string Property = "CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = Sanitize(context.Request.Headers[Header].ToString()) ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty(Property, correlationId))
        {
            await next(context);
        }
    }

    private static string? Sanitize(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? value : null;
}
