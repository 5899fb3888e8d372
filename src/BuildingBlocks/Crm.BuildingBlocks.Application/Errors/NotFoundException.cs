namespace Crm.BuildingBlocks.Application.Errors;

/// <summary>An id the user named does not exist: 404 with the code <c>task.not-found</c>, <c>process-definition.not-found</c>, ….</summary>
public sealed class NotFoundException(string what, object id) : Exception($"{what} '{id}' was not found.")
{
    public string What { get; } = what;

    public string Code => What.ToLowerInvariant().Replace(' ', '-') + ".not-found";
}

/// <summary>The employee may not do this: 403, with <paramref name="code"/> when the thrower knows why (e.g. <c>employee.unknown</c>).</summary>
public sealed class ForbiddenException(string message, string? code = null) : Exception(message)
{
    public string? Code { get; } = code;
}

/// <summary>
/// Input that passed the shape checks but names something invalid (e.g. an unknown task type): 400 on a field.
/// <see cref="Field"/> is reported as given, so pass the name clients send ("typeId", "addressee.id", "If-Match").
/// </summary>
public sealed class InvalidFieldException(string field, string message, string code = "field.invalid") : Exception(message)
{
    public string Field { get; } = field;

    public string Code { get; } = code;
}

/// <summary>
/// The request clashes with something that exists (e.g. a client with the same e-mail): 409 with <see cref="Code"/>.
/// <see cref="Extensions"/> go into the problem as they are, e.g. a pointer to the existing record.
/// </summary>
public sealed class ConflictException(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public string Code { get; } = code;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
