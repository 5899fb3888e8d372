using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>A definition's executorFact: each task goes to the employee the object's fact names, read when it is asked (ADR 0082).</summary>
public sealed class ExecutorFactTests
{
    private static ProcessDocument Sale() =>
        Process("Sale", Start("ask"), Question("ask", "Sold?", ("yes", "done")), Finish("done", "positive")) with { ExecutorFact = "manager.id" };

    [Fact]
    public void A_task_goes_to_the_employee_the_fact_names_and_to_the_executors_when_it_holds_no_id()
    {
        var manager = Guid.NewGuid();

        Assert.Equal(manager, EngineRun.Of(Sale(), facts: [("manager.id", FactValue.Of(manager.ToString()))]).LastTask.EmployeeId);
        Assert.Null(EngineRun.Of(Sale(), facts: [("manager.id", FactValue.Of("nobody"))]).LastTask.EmployeeId);
        Assert.Null(EngineRun.Of(Sale()).LastTask.EmployeeId);
        Assert.Null(EngineRun.Of(Sale() with { ExecutorFact = null }, facts: [("manager.id", FactValue.Of(manager.ToString()))]).LastTask.EmployeeId);
    }
}
