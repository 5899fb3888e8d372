using Ardalis.Specification;
using Crm.Modules.Processes.Application.Instances.ListInstances;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Application.Instances;

internal sealed class InstancesSpec : Specification<ProcessInstance>
{
    public InstancesSpec(ProcessInstanceId id) => Query.Where(i => i.Id == id);

    public InstancesSpec(ListInstancesQuery query)
    {
        var type = query.ObjectType?.ToLowerInvariant();
        var definition = new ProcessDefinitionId(query.DefinitionId ?? Guid.Empty);
        Query.Where(i => i.ObjectType == type, type is not null)
            .Where(i => i.ObjectId == query.ObjectId, query.ObjectId is not null)
            .Where(i => i.DefinitionId == definition, query.DefinitionId is not null)
            .Where(i => i.State == query.State, query.State is not null)
            .Where(i => i.IncidentError != null, query.WithIncident == true)
            .OrderByDescending(i => i.StartedAtUtc)
            .Skip(query.Skip ?? 0)
            .Take(query.Limit ?? 50);
    }
}
