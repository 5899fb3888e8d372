using Crm.BuildingBlocks.Application.Specifications;
using FluentValidation;

namespace Crm.Modules.Quality.Application.Common;

/// <summary>The lists' keyset paging: one extra row read tells whether a next page exists; its cursor is the last shown row's sort key.</summary>
public static class QualityPage
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static KeysetPage<TDto> Of<TRow, TDto>(IReadOnlyList<TRow> rows, int limit, Func<TRow, string> sortKey, Func<TRow, TDto> show)
    {
        var page = rows.Take(limit).ToList();
        return new KeysetPage<TDto>(page.Select(show).ToList(), rows.Count > limit ? QualityCursor.Encode(sortKey(page[^1])) : null);
    }

    /// <summary>The input rules every list shares: a known state, a limit within bounds, a cursor a previous page gave.</summary>
    public static void Rules<T, TState>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, TState?>> state, System.Linq.Expressions.Expression<Func<T, int?>> limit, System.Linq.Expressions.Expression<Func<T, string?>> cursor)
        where TState : struct, Enum
    {
        validator.RuleFor(state).IsInEnum();
        validator.RuleFor(limit).InclusiveBetween(1, MaxLimit);
        validator.RuleFor(cursor).Must(QualityCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}
