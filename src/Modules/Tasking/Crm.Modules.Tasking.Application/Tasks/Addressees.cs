using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>Whom a task may be addressed to: an existing employee, position or department (400 on <c>addressee.id</c> otherwise).</summary>
public sealed class Addressees(IReadRepository<Employee> employees, IReadRepository<Position> positions, IReadRepository<Department> departments)
{
    /// <summary>The addressee's name, for the history; refuses an id nobody has.</summary>
    public async Task<string> NameAsync(Addressee addressee, CancellationToken cancellationToken)
    {
        var name = addressee.Kind switch
        {
            AddresseeKind.Employee => (await employees.ListAsync(new EmployeesSpec([new EmployeeId(addressee.Id)]), cancellationToken)).FirstOrDefault()?.Name,
            AddresseeKind.Position => (await positions.ListAsync(new PositionsSpec([new PositionId(addressee.Id)]), cancellationToken)).FirstOrDefault()?.Name,
            _ => (await departments.ListAsync(new DepartmentsSpec([new DepartmentId(addressee.Id)]), cancellationToken)).FirstOrDefault()?.Name,
        };
        return name ?? throw new InvalidFieldException("addressee.id", $"There is no {addressee.Kind.ToString().ToLowerInvariant()} with this id.");
    }
}
