using System.Text.Json;

namespace Crm.Host.Tests.Fuzz;

/// <summary>What the fuzz test found wrong with one answer, with enough to send the request again.</summary>
public sealed record FuzzFailure(FuzzRequest Request, int Status, string What, string Body)
{
    public string Key => $"{Request.Operation} → {What}";
}

/// <summary>
/// What every answer must be, whatever was sent: never a server error, and an error is an RFC 9457 problem in JSON
/// with the correlation id the response header carries and a stable <c>code</c> a client can act on.
/// </summary>
public static class ResponseCheck
{
    /// <summary>
    /// Sends the request and checks the answer. The in-memory test server hands an exception the host could not
    /// answer to the client instead of a bare 500: that counts as a 500 too.
    /// </summary>
    public static async Task<(int Status, string? Fault, string Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            try
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                return ((int)response.StatusCode, Fault(response, body), body);
            }
            catch (Exception exception) when (exception is not TaskCanceledException)
            {
                var cause = exception.InnerException ?? exception;
                return (500, $"500 (the host threw {exception.GetType().Name}: {cause.GetType().Name})", Excerpt(exception));
            }
        }
    }

    /// <summary>The message and where it was thrown: whether the host or the in-memory server refused.</summary>
    private static string Excerpt(Exception exception) =>
        exception.Message.Split('\n')[0] + " at " + string.Join(" < ", (exception.StackTrace ?? "").Split('\n').Take(3).Select(l => l.Trim()));

    public static string? Fault(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return null;
        }

        var fault = status >= 500 ? $"{status}" : null;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json")
        {
            return Join(fault, $"{status} as {mediaType ?? "no content type"}");
        }

        var header = response.Headers.TryGetValues("X-Correlation-Id", out var values) ? values.FirstOrDefault() : null;
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            return Join(fault, Join(
                header is not null && Text(problem, "correlationId") == header ? null : $"{status} without the correlation id of the header",
                Text(problem, "code") is { Length: > 0 } ? null : $"{status} without a code"));
        }
        catch (JsonException)
        {
            return Join(fault, $"{status} with a body that is not JSON");
        }
    }

    private static string? Text(JsonElement problem, string name) =>
        problem.ValueKind == JsonValueKind.Object && problem.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";
}
