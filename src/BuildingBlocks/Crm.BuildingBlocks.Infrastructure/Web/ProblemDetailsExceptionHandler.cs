using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Turns every exception into RFC 9457 problem details: bad input is a 400 naming the field at fault, unknown ids
/// 404, broken business rules 409/422, each with a stable <c>code</c>, stale writes 409. Anything else is a bug (500),
/// logged with the correlation id the client also sees.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => Invalid(validation.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()), "validation.failed"),
        InvalidFieldException field => Invalid(new() { [field.Field] = [field.Message] }, field.Code),
        BadHttpRequestException badRequest => FromBadRequest(badRequest),
        NotFoundException notFound => Coded(StatusCodes.Status404NotFound, $"{notFound.What} not found", notFound.Code, notFound.Message),
        ForbiddenException forbidden => Coded(StatusCodes.Status403Forbidden, "Forbidden", forbidden.Code, forbidden.Message),
        UnauthorizedAccessException => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Sign in as an employee."),
        BusinessRuleValidationException rule => RuleBroken(rule.BrokenRule),
        ConflictException conflict => WithExtensions(Coded(StatusCodes.Status409Conflict, "Conflict", conflict.Code, conflict.Message), conflict.Extensions),
        DbUpdateConcurrencyException or ConcurrencyConflictException => Coded(StatusCodes.Status409Conflict, "Conflict", "concurrency.stale",
            "Somebody changed this in the meantime. Reload it and try again."),
        _ when IsUniqueViolation(exception) => Coded(StatusCodes.Status409Conflict, "Conflict", "conflict.duplicate",
            "Another request recorded the same thing at the same moment. Reload and check before trying again."),
        _ when IsDataException(exception) => Problem(StatusCodes.Status400BadRequest, "Bad request",
            "A value in the request cannot be stored (e.g. a control character or an out-of-range date)."),
        _ => Problem(StatusCodes.Status500InternalServerError, "Unexpected error", "The error was logged; quote the correlation id."),
    };

    private static ProblemDetails FromBadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var path = string.Join('.', new[] { json.Path?.TrimStart('$', '.'), (json as UnacceptableJsonValueException)?.Member }.Where(p => !string.IsNullOrEmpty(p)));
            var (message, code) = JsonMessage(json);
            return Invalid(new() { [path.Length == 0 ? "body" : FieldName(path)] = [message] }, code);
        }

        if (BindFailure().Match(exception.Message) is { Success: true } bind)
        {
            return Invalid(new() { [bind.Groups["name"].Value] = [$"'{bind.Groups["value"].Value}' is not a valid value."] }, "value.invalid");
        }

        if (exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) && exception.StatusCode == StatusCodes.Status400BadRequest)
        {
            return Invalid(new() { ["body"] = ["A JSON request body is required."] }, "body.missing");
        }

        return Problem(exception.StatusCode, "Bad request", exception.Message);
    }

    private static (string Message, string Code) JsonMessage(JsonException json) => json switch
    {
        UnacceptableJsonValueException refused => (refused.Message.Split(" Path:", 2)[0], refused.Code),
        _ when json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) =>
            ("The value has the wrong type or is not one of the allowed values.", "value.invalid"),
        _ when json.Message.Contains("doesn't allow null values", StringComparison.Ordinal) || json.Message.Contains("doesn't allow setting null values", StringComparison.Ordinal) =>
            ("The value must not be null.", "value.null"), // RespectNullableAnnotations
        _ => ("The request body is not valid JSON.", "json.invalid"),
    };

    /// <summary>
    /// Two requests passed the "not taken yet" check at once and the database's unique index stopped the second:
    /// the same conflict the check reports, found a moment later (<see cref="Persistence.DatabaseErrors"/>).
    /// </summary>
    private static bool IsUniqueViolation(Exception exception) =>
        exception is DuplicateKeyException || Persistence.DatabaseErrors.IsUniqueViolation(exception);

    /// <summary>
    /// The server refused a value (bad characters, out of range): the input was bad, not the server. A safety net
    /// behind validation, for query-string values that reach the database as parameters.
    /// </summary>
    private static bool IsDataException(Exception exception) => Persistence.DatabaseErrors.IsDataException(exception);

    private static ProblemDetails RuleBroken(IBusinessRule rule) =>
        rule.Kind == BusinessRuleKind.Conflict
            ? Coded(StatusCodes.Status409Conflict, "Conflict", rule.Code, rule.Message)
            : Coded(StatusCodes.Status422UnprocessableEntity, "Business rule broken", rule.Code, rule.Message);

    /// <summary>The one shape of a 400 that names its fields (also used by <see cref="PutReplaces"/>).</summary>
    internal static ValidationProblemDetails Invalid(Dictionary<string, string[]> errors, string code) =>
        new(errors) { Status = StatusCodes.Status400BadRequest, Title = "One or more fields are invalid.", Extensions = { ["code"] = code } };

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    /// <summary>A problem with the thrower's code; without one, <see cref="ProblemDetailsSetup"/> fills the status's.</summary>
    private static ProblemDetails Coded(int status, string title, string? code, string detail)
    {
        var problem = Problem(status, title, detail);
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <summary>"Addressee.EmployeeId" → "addressee.employeeId": the names clients send.</summary>
    internal static string FieldName(string path) =>
        string.Join('.', path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToLowerInvariant(p[0]) + p[1..]));

    [GeneratedRegex("Failed to bind parameter \"[^\"]* (?<name>[^\" ]+)\" from \"(?<value>[^\"]*)\"")]
    private static partial Regex BindFailure();
}
