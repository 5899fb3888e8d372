using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Include and ThenInclude as EF Core's own methods, the way Ardalis.Specification.EntityFrameworkCore's
/// IncludeEvaluator calls them: the navigation types are known only at run time, so the generic methods are closed
/// by reflection. A ThenInclude after a collection uses EF's overload for collections.
/// </summary>
internal sealed class IncludeEvaluator : IEvaluator
{
    private static readonly MethodInfo IncludeMethod = EfMethods(nameof(EntityFrameworkQueryableExtensions.Include))
        .Single(m => m.GetGenericArguments().Length == 2 && m.GetParameters()[1].ParameterType != typeof(string));

    private static readonly MethodInfo ThenIncludeAfterReference = EfMethods(nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .Single(m => m.GetParameters()[0].ParameterType.GenericTypeArguments[1].IsGenericParameter);

    private static readonly MethodInfo ThenIncludeAfterCollection = EfMethods(nameof(EntityFrameworkQueryableExtensions.ThenInclude))
        .Single(m => !m.GetParameters()[0].ParameterType.GenericTypeArguments[1].IsGenericParameter);

    public static IncludeEvaluator Instance { get; } = new();

    public bool IsCriteriaEvaluator => false;

    public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        foreach (var path in specification.IncludeStrings)
        {
            query = query.Include(path);
        }

        foreach (var include in specification.IncludeExpressions)
        {
            query = include.Type == IncludeTypeEnum.Include
                ? Call<T>(IncludeMethod.MakeGenericMethod(typeof(T), include.LambdaExpression.ReturnType), query, include.LambdaExpression)
                : ThenInclude(query, include);
        }

        return query;
    }

    private static IQueryable<T> ThenInclude<T>(IQueryable<T> query, IncludeExpressionInfo include)
    {
        var previous = include.PreviousPropertyType ?? throw new InvalidOperationException("A ThenInclude needs the include before it.");
        var element = CollectionElement(previous);
        var method = element is null
            ? ThenIncludeAfterReference.MakeGenericMethod(typeof(T), previous, include.LambdaExpression.ReturnType)
            : ThenIncludeAfterCollection.MakeGenericMethod(typeof(T), element, include.LambdaExpression.ReturnType);
        return Call<T>(method, query, include.LambdaExpression);
    }

    private static Type? CollectionElement(Type type) =>
        type == typeof(string) ? null
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type.GenericTypeArguments[0]
        : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GenericTypeArguments[0];

    private static IQueryable<T> Call<T>(MethodInfo method, IQueryable<T> query, LambdaExpression navigation) =>
        (IQueryable<T>)method.Invoke(null, [query, navigation])!;

    private static IEnumerable<MethodInfo> EfMethods(string name) =>
        typeof(EntityFrameworkQueryableExtensions).GetTypeInfo().GetDeclaredMethods(name).Where(m => m.GetGenericArguments().Length >= 2);
}
