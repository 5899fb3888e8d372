using Crm.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Http;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// A NUL character in a query string (<c>%00</c>) is refused on its parameter, as <see cref="RejectNulStrings"/>
/// refuses it in bodies (Kestrel refuses it in paths and headers). It must not reach PostgreSQL: besides refusing it,
/// the server's refusal of a parameter of a statement Npgsql had prepared left the pooled connection out of step,
/// and a later request on that connection failed with a 500 (ADR 0063).
/// </summary>
internal static class RejectNulQueryValues
{
    public static Task Check(HttpContext context, RequestDelegate next)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                throw new InvalidFieldException(name.Replace("\0", "%00", StringComparison.Ordinal), RejectNulStrings.Message, RejectNulStrings.Code);
            }
        }

        return next(context);
    }
}
