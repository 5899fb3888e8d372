using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Application.Staff.ListStaff;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Staff;
using Crm.Modules.Quality.Domain.Violations;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Figures.GetEmployeeFigures;

/// <summary>One state's count: a bar of a stacked chart.</summary>
public sealed record StateCountDto(string State, int Count);

/// <summary>One employee's complaints and violations registered in the period, every state listed (zeros too), in the order of <see cref="EmployeeFiguresDto"/>'s states.</summary>
public sealed record EmployeeFigureDto(Guid EmployeeId, string Name, IReadOnlyList<Guid> PositionIds, int Complaints, IReadOnlyList<StateCountDto> ComplaintsByState, int Violations, IReadOnlyList<StateCountDto> ViolationsByState);

/// <summary>One position's complaints and violations: those of its employees (Quality's staff copy, as it is now), by state.</summary>
public sealed record PositionFigureDto(Guid PositionId, int Complaints, IReadOnlyList<StateCountDto> ComplaintsByState, int Violations, IReadOnlyList<StateCountDto> ViolationsByState);

/// <summary>Figures for a chart: the period, the states (the series), one row per employee who has any, by name, and one per position they hold.</summary>
public sealed record EmployeeFiguresDto(
    DateTimeOffset From, DateTimeOffset To, IReadOnlyList<string> ComplaintStates, IReadOnlyList<string> ViolationStates, IReadOnlyList<EmployeeFigureDto> Employees,
    IReadOnlyList<PositionFigureDto> Positions);

/// <summary>
/// A supervisor's figures (403 for others): per employee, the complaints and violations registered in [from, to) by
/// state, exact on read (ADR 0084).
/// </summary>
public sealed record GetEmployeeFiguresQuery(DateTimeOffset? From, DateTimeOffset? To) : IQuery<EmployeeFiguresDto>
{
    public const int MaxDays = 366;
}

internal sealed class GetEmployeeFiguresValidator : AbstractValidator<GetEmployeeFiguresQuery>
{
    public GetEmployeeFiguresValidator()
    {
        RuleFor(q => q.From).NotNull().When(q => q.To is not null).WithMessage("Give the period's start with its end, or neither (the last 30 days).");
        RuleFor(q => q.To).NotNull().When(q => q.From is not null).WithMessage("Give the period's end with its start, or neither (the last 30 days).");
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("The period ends after it starts.");
        RuleFor(q => q.To).Must((q, to) => to - q.From <= TimeSpan.FromDays(GetEmployeeFiguresQuery.MaxDays))
            .When(q => q.From is not null && q.To > q.From).WithMessage($"A period of at most {GetEmployeeFiguresQuery.MaxDays} days.");
    }
}

internal sealed class GetEmployeeFiguresHandler(TimeProvider clock, IQualityCounts counts, IReadRepository<QualityEmployee> staff, QualityPeople people, ICurrentEmployee reader)
    : IRequestHandler<GetEmployeeFiguresQuery, EmployeeFiguresDto>
{
    public async Task<EmployeeFiguresDto> Handle(GetEmployeeFiguresQuery query, CancellationToken cancellationToken)
    {
        await people.SupervisorAsync("see the figures per employee", cancellationToken);
        var (from, to) = FiguresPeriod.Of(query.From, query.To, clock);
        var complaints = await counts.ComplaintsAsync(from, to, cancellationToken);
        var violations = await counts.ViolationsAsync(from, to, cancellationToken);
        var names = (await staff.ListAsync(new StaffByNameSpec(), cancellationToken)).ToDictionary(e => e.Id);
        var rows = complaints.Select(c => c.EmployeeId).Union(violations.Select(v => v.EmployeeId))
            .Select(id => Row(id, names.GetValueOrDefault(id), complaints, violations))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.EmployeeId).ToList();
        return new EmployeeFiguresDto(reader.Show(from), reader.Show(to), Enum.GetNames<ComplaintState>(), Enum.GetNames<ViolationState>(), rows, ByPosition(rows));
    }

    /// <summary>Each position's sums of its employees' rows (an employee in two positions counts in both).</summary>
    private static List<PositionFigureDto> ByPosition(List<EmployeeFigureDto> rows) =>
        rows.SelectMany(r => r.PositionIds.Distinct().Select(p => (Position: p, Row: r)))
            .GroupBy(x => x.Position, x => x.Row)
            .Select(g => new PositionFigureDto(g.Key, g.Sum(r => r.Complaints), Sum(g.Select(r => r.ComplaintsByState)), g.Sum(r => r.Violations), Sum(g.Select(r => r.ViolationsByState))))
            .OrderBy(p => p.PositionId).ToList();

    private static List<StateCountDto> Sum(IEnumerable<IReadOnlyList<StateCountDto>> rows) =>
        rows.SelectMany(r => r).GroupBy(s => s.State).Select(g => new StateCountDto(g.Key, g.Sum(s => s.Count))).ToList();

    private static EmployeeFigureDto Row(Guid id, QualityEmployee? employee, IReadOnlyList<StateCount<ComplaintState>> complaints, IReadOnlyList<StateCount<ViolationState>> violations)
    {
        var byComplaint = ByState(id, complaints);
        var byViolation = ByState(id, violations);
        return new EmployeeFigureDto(id, employee?.Name ?? id.ToString(), employee?.PositionIds ?? [], byComplaint.Sum(s => s.Count), byComplaint, byViolation.Sum(s => s.Count), byViolation);
    }

    private static List<StateCountDto> ByState<TState>(Guid id, IReadOnlyList<StateCount<TState>> counts)
        where TState : struct, Enum =>
        Enum.GetValues<TState>().Select(state => new StateCountDto(state.ToString(), counts.Where(c => c.EmployeeId == id && c.State.Equals(state)).Sum(c => c.Count))).ToList();
}
