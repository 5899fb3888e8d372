using System.Globalization;
using Crm.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Http;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>Versions as HTTP validators: GET sends <c>ETag: "3"</c>; a write may send <c>If-Match: "3"</c> to refuse stale changes.</summary>
public static class IfMatch
{
    public static int? Version(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        var value = header.Trim().Trim('"');
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InvalidFieldException("If-Match", "Send the ETag of the card you saw, e.g. \"3\".");
    }

    public static void SetETag(HttpContext http, int version) => http.Response.Headers.ETag = $"\"{version}\"";
}
