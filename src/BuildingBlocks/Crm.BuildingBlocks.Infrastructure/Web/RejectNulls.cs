using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// <c>null</c> where a request's contract has no null is bad input on that field, not a null reference deep in a
/// handler (ADR 0047). System.Text.Json's <see cref="JsonSerializerOptions.RespectNullableAnnotations"/> refuses a
/// null member that is not annotated nullable; this modifier adds what it leaves out: a null element of a list whose
/// elements are not nullable (<c>"positions": [null]</c>). Answers are written as they are: only reading is strict.
/// </summary>
internal static class RejectNulls
{
    public static void Modify(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null))
        {
            property.IsGetNullable = true; // an answer with an unexpected null is still written, never a 500
        }

        var lists = type.Properties.Where(HasNonNullableElements).Select(p => (p.Name, Get: p.Get!)).ToArray();
        if (lists.Length > 0)
        {
            var before = type.OnDeserialized;
            type.OnDeserialized = value =>
            {
                before?.Invoke(value);
                RefuseNullElements(value, lists);
            };
        }
    }

    private static void RefuseNullElements(object value, (string Name, Func<object, object?> Get)[] lists)
    {
        foreach (var (name, get) in lists)
        {
            var index = 0;
            foreach (var element in get(value) as IEnumerable ?? Array.Empty<object>())
            {
                if (element is null)
                {
                    throw new UnacceptableJsonValueException("The list must not contain null.", "value.null", $"{name}[{index}]");
                }

                index++;
            }
        }
    }

    private static bool HasNonNullableElements(JsonPropertyInfo property)
    {
        if (property.Get is null || property.AttributeProvider is not PropertyInfo info || ElementType(property.PropertyType) is not { } element)
        {
            return false;
        }

        if (element.IsValueType)
        {
            return false; // a non-nullable value cannot be null, and Nullable<T> elements were asked for
        }

        var nullability = new NullabilityInfoContext().Create(info);
        var elementNullability = nullability.ElementType ?? nullability.GenericTypeArguments.FirstOrDefault();
        return elementNullability?.ReadState == NullabilityState.NotNull;
    }

    /// <summary>The element type of an array or a one-argument generic collection (lists, sets); dictionaries and strings are not lists.</summary>
    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(IEnumerable).IsAssignableFrom(type) ? element
        : null;
}
