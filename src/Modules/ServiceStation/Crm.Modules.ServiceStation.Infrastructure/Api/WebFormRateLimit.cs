using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>
/// <c>ServiceStation:WebForm:PermitsPerMinute</c> (default 5) forms per client address in a fixed minute on the
/// station's clock; more is 429 <c>web-form.rate-limited</c> with Retry-After. Counted per replica, in memory: enough
/// to stop a script filling the call centre's queue, not an account of who sent what.
/// </summary>
internal sealed class WebFormRateLimit : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var (clock, counts) = (services.GetRequiredService<TimeProvider>(), services.GetRequiredService<WebFormCounts>());
        var permits = services.GetRequiredService<IConfiguration>().GetValue("ServiceStation:WebForm:PermitsPerMinute", 5);
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        foreach (var stale in counts.Counts.Keys.Where(k => k.Minute < minute))
        {
            counts.Counts.TryRemove(stale, out _);
        }

        if (counts.Counts.AddOrUpdate((address, minute), 1, (_, count) => count + 1) > permits)
        {
            var retryAfter = (int)(60 - (now.ToUnixTimeSeconds() % 60));
            context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"Too many forms from this address: try again in {retryAfter} seconds.",
                extensions: new Dictionary<string, object?> { ["code"] = "web-form.rate-limited" });
        }

        return await next(context);
    }
}

/// <summary>Forms per address and minute, one table per host (a singleton).</summary>
internal sealed class WebFormCounts
{
    public ConcurrentDictionary<(string Address, long Minute), int> Counts { get; } = new();
}
