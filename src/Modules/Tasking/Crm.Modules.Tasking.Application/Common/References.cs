namespace Crm.Modules.Tasking.Application.Common;

/// <summary>An employee, position or task type as lists show it: id and name.</summary>
public sealed record NamedRef(Guid Id, string Name);

/// <summary>The object a task is about; <see cref="Name"/> is what people call it ("Order 1042"), when Tasking knows it.</summary>
public sealed record SubjectDto(string Type, string Id)
{
    public string? Name { get; init; }
}

public sealed record AddresseeDto(Crm.Modules.Tasking.Domain.Tasks.AddresseeKind Kind, Guid Id, string? Name);
