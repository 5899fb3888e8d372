using System.Linq.Expressions;
using Crm.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>SQLite gives DateTime back as Unspecified; every time in this product is UTC, so say so on read.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

/// <summary>Stores a typed id (<c>record struct XId(Guid Value)</c>) as its Guid.</summary>
internal sealed class TypedIdConverter<TId>() : ValueConverter<TId, Guid>(ToGuid, FromGuid)
    where TId : struct, ITypedId
{
    private static readonly Expression<Func<TId, Guid>> ToGuid = id => id.Value;

    private static readonly Expression<Func<Guid, TId>> FromGuid = BuildFromGuid();

    private static Expression<Func<Guid, TId>> BuildFromGuid()
    {
        var value = Expression.Parameter(typeof(Guid), "value");
        var constructor = typeof(TId).GetConstructor([typeof(Guid)])
            ?? throw new InvalidOperationException($"{typeof(TId)} needs a constructor taking its Guid.");
        return Expression.Lambda<Func<Guid, TId>>(Expression.New(constructor, value), value);
    }
}
