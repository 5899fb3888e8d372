namespace Crm.Modules.Tasking.Application.Common;

/// <summary>An employee, position or task type as lists show it: id and name.</summary>
public sealed record NamedRef(Guid Id, string Name);

public sealed record SubjectDto(string Type, string Id);

public sealed record AddresseeDto(Crm.Modules.Tasking.Domain.Tasks.AddresseeKind Kind, Guid Id, string? Name);
