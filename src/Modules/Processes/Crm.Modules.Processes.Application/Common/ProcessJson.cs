using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Application.Common;

/// <summary>
/// The JSON of process definitions (the documented file format) and of stored facts. camelCase, enums as names,
/// durations as "d.hh:mm:ss".
/// </summary>
public static partial class ProcessJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new FactValueConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    /// <summary>
    /// A fact as a module sent it. Values crossed the outbox as JSON, so they arrive as JsonElement; an ISO-8601
    /// UTC timestamp string is read as a moment.
    /// </summary>
    public static FactValue ToFact(object? value) => value is JsonElement element ? FromElement(element) : FactValue.From(value);

    private static FactValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => FactValue.Of(true),
        JsonValueKind.False => FactValue.Of(false),
        JsonValueKind.Number => FactValue.Of(element.GetDecimal()),
        JsonValueKind.String when IsoMoment().IsMatch(element.GetString()!) &&
            DateTime.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var moment) => FactValue.Of(moment),
        JsonValueKind.String => FactValue.Of(element.GetString()),
        JsonValueKind.Object when element.TryGetProperty("$moment", out var text) && text.TryGetDateTime(out var at) => FactValue.Of(at.ToUniversalTime()),
        JsonValueKind.Null or JsonValueKind.Undefined => FactValue.Null,
        _ => FactValue.Of(element.GetRawText()),
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoMoment();

    /// <summary>Stores a fact with its kind: moments as <c>{"$moment": "…"}</c> so they never read back as text.</summary>
    private sealed class FactValueConverter : JsonConverter<FactValue>
    {
        public override FactValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromElement(JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, FactValue value, JsonSerializerOptions options)
        {
            switch (value.Kind)
            {
                case FactKind.Null:
                    writer.WriteNullValue();
                    break;
                case FactKind.Boolean:
                    writer.WriteBooleanValue(value.Boolean);
                    break;
                case FactKind.Number:
                    writer.WriteNumberValue(value.Number);
                    break;
                case FactKind.Moment:
                    writer.WriteStartObject();
                    writer.WriteString("$moment", value.Moment.ToString("O", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                    break;
                default:
                    writer.WriteStringValue(value.Text);
                    break;
            }
        }
    }
}
