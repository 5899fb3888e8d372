using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Hosting;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Modules.Quality.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Quality.Infrastructure.Surveys;

/// <summary><c>Quality:Surveys</c>: whether this node opens due surveys, and how often it looks.</summary>
public sealed class SurveyDueOptions
{
    public const string Section = "Quality:Surveys";

    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>
/// Opens the scheduled surveys whose due moment has come (ADR 0083): each in its own commit, with its "due" fact (the
/// "Quality survey" process starts on it). Safe on several replicas without a lease: opening changes the survey, so of
/// two nodes that open the same one at once the second fails on its version and skips it (one fact, one task). A
/// survey filled before it fell due is not scheduled any more and is never opened. Tests call <see cref="RunOnceAsync"/>
/// with the test clock.
/// </summary>
public sealed class SurveyDueJob(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int Batch = 100;

    /// <summary>Opens what is due now, a batch at a time; returns how many surveys this run opened.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var opened = 0;
        List<Guid> due;
        do
        {
            due = await DueAsync(now, cancellationToken);
            foreach (var id in due)
            {
                opened += await OpenAsync(id, now, cancellationToken) ? 1 : 0;
            }
        }
        while (due.Count == Batch);

        return opened;
    }

    private async Task<List<Guid>> DueAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QualityDbContext>().Surveys.AsNoTracking()
            .Where(s => s.Status == SurveyStatus.Scheduled && s.DueAtUtc <= now)
            .OrderBy(s => s.DueAtUtc).Select(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
    }

    private async Task<bool> OpenAsync(Guid id, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Survey));
        using var work = unitOfWork.Begin();
        var survey = await scope.ServiceProvider.GetRequiredService<QualityDbContext>().Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is not { Status: SurveyStatus.Scheduled })
        {
            return false; // filled or opened meanwhile
        }

        survey.Open(now);
        try
        {
            await work.CommitAsync(cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false; // another node opened (or somebody filled) it first
        }
    }
}

/// <summary>Runs the due-survey job on a timer while the host runs.</summary>
internal sealed class SurveyDueHost(SurveyDueJob job, IOptions<SurveyDueOptions> options, ILogger<SurveyDueHost> logger) : PeriodicJobHost(logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string JobName => "The due-survey job";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(cancellationToken);
}
