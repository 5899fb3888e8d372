using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff;

public readonly record struct EmployeeId(Guid Value) : ITypedId;

public readonly record struct PositionId(Guid Value) : ITypedId;

public readonly record struct DepartmentId(Guid Value) : ITypedId;
