using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The JSON converters that refuse NUL text and extreme moments and durations (<see cref="RejectNulStrings"/>,
/// <see cref="RejectExtremeMoments"/>) hide the value's shape from the OpenAPI generator, which then describes it as
/// "anything": this puts the shape back, so clients and the fuzz test read strings, date-times and durations.
/// </summary>
internal static class ConvertedValueSchemas
{
    public static Task Restore(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (schema.Type is null && (underlying == typeof(string) || underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime) || underlying == typeof(TimeSpan)))
        {
            var nullable = underlying != type || context.JsonPropertyInfo?.IsSetNullable == true;
            schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            schema.Format ??= underlying == typeof(DateTimeOffset) || underlying == typeof(DateTime) ? "date-time" : null;
            schema.Pattern ??= underlying == typeof(TimeSpan) ? @"^-?(\d+\.)?\d{2}:\d{2}:\d{2}(\.\d{1,7})?$" : null;
        }

        return Task.CompletedTask;
    }
}
