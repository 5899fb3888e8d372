namespace Crm.BuildingBlocks.Application.Security;

/// <summary>The employee behind the current request (or job). Every /api endpoint requires one.</summary>
public interface ICurrentEmployee
{
    Guid Id { get; }
}

/// <summary>What the host needs to know about an employee to issue a development token.</summary>
public sealed record EmployeeIdentity(Guid Id, string Name, string TimeZoneId, bool IsAdministrator = false);

/// <summary>Implemented by the module that owns staff; host-level endpoints (development token, system) use it.</summary>
public interface IEmployeeDirectory
{
    Task<EmployeeIdentity?> FindAsync(Guid? id, CancellationToken cancellationToken);
}
