using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Waits a fixed duration, or until the moment the manager entered in the latest answered task.</summary>
internal sealed class DelayBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Delay];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (block.Duration is null && block.Until != BlockTypes.AnswerMoment)
        {
            check.Problem("delay.duration-missing", "A delay needs a duration, or until = 'answer-moment'.");
        }

        check.RequireExit(BlockTypes.Next);
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        var due = block.Duration is { } duration ? Moments.Plus(run.Now, duration) : run.Instance.LastAnswerMomentUtc ?? run.Now;
        if (due <= run.Now)
        {
            run.Move(token, block, BlockTypes.Next, detail: "No time left to wait");
            return;
        }

        run.Schedule(token, WaitKind.Timer, null, TimerPurpose.Delay, due);
        run.Trace(block, null, detail: $"Waits until {due:O}");
    }
}
