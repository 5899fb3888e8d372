using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Application.Figures;
using Crm.Modules.Quality.Application.Staff.ListStaff;
using Crm.Modules.Quality.Domain.Staff;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Figures;

/// <summary>One employee's surveys in the period: how many, the average score, the share dissatisfied, the NPS and its parts.</summary>
public sealed record EmployeeSurveyFiguresDto(
    Guid EmployeeId, string? Name, int Surveys, decimal? AverageScore, decimal DissatisfiedShare, int Promoters, int Passives, int Detractors, decimal? Nps);

/// <summary>One position's surveys in the period: those of its employees (a survey counts once per position).</summary>
public sealed record PositionSurveyFiguresDto(
    Guid PositionId, int Surveys, decimal? AverageScore, decimal DissatisfiedShare, int Promoters, int Passives, int Detractors, decimal? Nps);

/// <summary>
/// The figures of every employee who served a client surveyed in the period, and of every position those employees
/// hold (Quality's staff copy, as it is now), each a series a chart draws as it is.
/// </summary>
public sealed record SurveyFiguresDto(DateTime From, DateTime To, IReadOnlyList<EmployeeSurveyFiguresDto> Employees, IReadOnlyList<PositionSurveyFiguresDto> Positions);

/// <summary>
/// Per employee who served the client, the surveys completed in [<see cref="From"/>, <see cref="To"/>): counted exactly
/// on read from the surveys' stored results. A survey counts for each employee it names. NPS = % promoters (9–10) − %
/// detractors (0–6) of the surveys with a "would you recommend" answer; null without any. Shares are 0–1, four decimals.
/// </summary>
public sealed record SurveyFiguresQuery(DateTimeOffset? From, DateTimeOffset? To) : IQuery<SurveyFiguresDto>
{
    public const int MaxDays = 366;
}

internal sealed class SurveyFiguresValidator : AbstractValidator<SurveyFiguresQuery>
{
    public SurveyFiguresValidator()
    {
        RuleFor(q => q.From).NotNull().When(q => q.To is not null).WithMessage("Give the period's start with its end, or neither (the last 30 days).");
        RuleFor(q => q.To).NotNull().When(q => q.From is not null).WithMessage("Give the period's end with its start, or neither (the last 30 days).");
        RuleFor(q => q.To).Must((q, to) => to > q.From).When(q => q.From is not null && q.To is not null).WithMessage("The end comes after the start.");
        RuleFor(q => q.To).Must((q, to) => to!.Value - q.From!.Value <= TimeSpan.FromDays(SurveyFiguresQuery.MaxDays))
            .When(q => q.From is not null && q.To > q.From)
            .WithMessage($"A period of at most {SurveyFiguresQuery.MaxDays} days.");
    }
}

internal sealed class SurveyFiguresHandler(TimeProvider clock, IReadRepository<Survey> surveys, IReadRepository<QualityEmployee> staff, QualityPeople people)
    : IRequestHandler<SurveyFiguresQuery, SurveyFiguresDto>
{
    public async Task<SurveyFiguresDto> Handle(SurveyFiguresQuery query, CancellationToken cancellationToken)
    {
        await people.SupervisorAsync("see the survey figures per employee", cancellationToken);
        var (from, to) = FiguresPeriod.Of(query.From, query.To, clock);
        var done = await surveys.ListAsync(new CompletedSurveysSpec(from, to), cancellationToken);
        var cards = (await staff.ListAsync(new StaffByNameSpec(), cancellationToken)).ToDictionary(e => e.Id);
        var employees = done.SelectMany(s => s.ServedBy.Select(e => (Employee: e, Survey: s)))
            .GroupBy(x => x.Employee, x => x.Survey)
            .Select(g => Figures(g.Key, cards.GetValueOrDefault(g.Key)?.Name, g.ToList()))
            .OrderBy(f => f.Name ?? string.Empty, StringComparer.Ordinal).ThenBy(f => f.EmployeeId).ToList();
        var positions = done.SelectMany(s => s.ServedBy.SelectMany(e => cards.GetValueOrDefault(e)?.PositionIds ?? []).Distinct().Select(p => (Position: p, Survey: s)))
            .GroupBy(x => x.Position, x => x.Survey)
            .Select(g => Figures(g.Key, null, g.ToList()))
            .Select(f => new PositionSurveyFiguresDto(f.EmployeeId, f.Surveys, f.AverageScore, f.DissatisfiedShare, f.Promoters, f.Passives, f.Detractors, f.Nps))
            .OrderBy(f => f.PositionId).ToList();
        return new SurveyFiguresDto(from, to, employees, positions);
    }

    private static EmployeeSurveyFiguresDto Figures(Guid employee, string? name, List<Survey> done)
    {
        var scores = done.Where(s => s.Score is not null).Select(s => s.Score!.Value).ToList();
        var recommend = done.Where(s => s.Recommend is not null).Select(s => s.Recommend!.Value).ToList();
        var (promoters, detractors) = (recommend.Count(r => r >= 9), recommend.Count(r => r <= 6));
        return new EmployeeSurveyFiguresDto(
            employee, name, done.Count,
            scores.Count > 0 ? Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero) : null,
            Math.Round((decimal)done.Count(s => s.Dissatisfied) / done.Count, 4, MidpointRounding.AwayFromZero),
            promoters, recommend.Count - promoters - detractors, detractors,
            recommend.Count > 0 ? Math.Round(100m * (promoters - detractors) / recommend.Count, 1, MidpointRounding.AwayFromZero) : null);
    }
}

public sealed class CompletedSurveysSpec : Specification<Survey>
{
    public CompletedSurveysSpec(DateTime fromUtc, DateTime toUtc) =>
        Query.Where(s => s.Status == SurveyStatus.Completed && s.FilledAtUtc >= fromUtc && s.FilledAtUtc < toUtc);
}
