using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Staff;

namespace Crm.Modules.ServiceStation.Application.Staff;

/// <summary>
/// Master consultants as the station knows them from its copy of the staff (ADR 0074): the one a booking or work order
/// names must be a known employee who has not left, and cards show their names.
/// </summary>
public sealed class MasterConsultants(IReadRepository<StationEmployee> staff)
{
    public const string Field = "masterConsultantId";

    /// <summary>The id, if it names an employee still on the staff; otherwise a 400 on <see cref="Field"/>.</summary>
    public async Task<Guid> OnStaffAsync(Guid id, CancellationToken cancellationToken)
    {
        var employee = await staff.FirstOrDefaultAsync(new StaffByIdsSpec([id]), cancellationToken)
            ?? throw new InvalidFieldException(Field, $"No employee {id} is known to the station.", "employee.not-found");
        return employee.Dismissed
            ? throw new InvalidFieldException(Field, $"{employee.Name} has left the staff; choose another master consultant.", "employee.dismissed")
            : id;
    }

    /// <summary>Names of the employees given, in one query; one the station has no card of yet is left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<Guid, string>()
            : (await staff.ListAsync(new StaffByIdsSpec(ids.Distinct().ToList()), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);

    public async Task<string?> NameAsync(Guid id, CancellationToken cancellationToken) =>
        (await NamesAsync([id], cancellationToken)).GetValueOrDefault(id);
}

public sealed class StaffByIdsSpec : Specification<StationEmployee>
{
    public StaffByIdsSpec(IReadOnlyCollection<Guid> ids) => Query.Where(e => ids.Contains(e.Id));
}
