using System.Reflection;
using Crm.BuildingBlocks.Application.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Query, route and header values bind through TryParse, which takes any moment the calendar holds: this filter
/// refuses the ones no reader could show (and durations past the bound) as a 400 on the parameter, the same rule
/// <see cref="RejectExtremeMoments"/> applies to bodies. Endpoints without such parameters get no filter at all.
/// </summary>
internal static class RejectExtremeQueryValues
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var checks = context.MethodInfo.GetParameters().SelectMany(Checks).ToArray();
        return checks.Length == 0 ? next : invocation =>
        {
            foreach (var check in checks)
            {
                check(invocation.Arguments);
            }

            return next(invocation);
        };
    }

    private static IEnumerable<Action<IList<object?>>> Checks(ParameterInfo parameter)
    {
        var index = parameter.Position;
        if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
        {
            return parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsMoment(p.PropertyType))
                .Select(p => (Action<IList<object?>>)(args => Refuse(NameOf(p), args[index] is { } group ? p.GetValue(group) : null)));
        }

        return IsMoment(parameter.ParameterType) && parameter.GetCustomAttribute<FromBodyAttribute>() is null
            ? [args => Refuse(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name!, args[index])]
            : [];
    }

    private static string NameOf(PropertyInfo property) => property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.Name;

    private static bool IsMoment(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(TimeSpan));

    private static void Refuse(string field, object? value)
    {
        if (RejectExtremeMoments.Refusal(value) is { } refusal)
        {
            throw new InvalidFieldException(field, refusal.Message, refusal.Code);
        }
    }
}
