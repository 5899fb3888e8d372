using Crm.BuildingBlocks.Application.Mapping;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Mapster;

namespace Crm.Modules.Tasking.Application;

/// <summary>
/// Tasking's mechanical mappings (ADR 0061): the row of the list, the inbox and the bar, read in the database through
/// <c>ProjectToListAsync</c> and filled through its constructor by member name; positions and departments as shown.
/// Mapping that carries logic (names, the reader's time zone, urgency) stays in code: <see cref="TaskRow.ToDto"/>.
/// </summary>
internal sealed class TaskingMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        // Value objects and ids go into the row as they are, so EF Core reads their columns plainly (no CASE per
        // member): Mapster would otherwise rebuild them member by member, projections ignore ShallowCopyForSameType.
        config.NewConfig<Subject, Subject>().MapWith(value => value);
        config.NewConfig<Addressee, Addressee>().MapWith(value => value);
        config.NewConfig<ProcessLink, ProcessLink>().MapWith(value => value);
        config.NewConfig<TaskId, TaskId>().MapWith(value => value);
        config.NewConfig<TaskTypeId, TaskTypeId>().MapWith(value => value);
        config.NewConfig<WorkTask, TaskRow>().MapToRecord();
        config.NewConfig<Position, PositionDto>().MapToRecord().Map(dto => dto.Id, position => position.Id.Value);
        config.NewConfig<Department, DepartmentDto>().MapToRecord().Map(dto => dto.Id, department => department.Id.Value);
    }
}
