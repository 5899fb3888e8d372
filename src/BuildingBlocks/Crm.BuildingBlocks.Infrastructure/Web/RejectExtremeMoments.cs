using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Moments and durations in request bodies are read as System.Text.Json reads them, then refused on their field
/// when no reader could show them or a sum with them would overflow (ADR 0047): a write either stores a value
/// every reader can show or is a 400. Query parameters get the same check from <see cref="RejectExtremeQueryValues"/>.
/// </summary>
internal static class RejectExtremeMoments
{
    public static IEnumerable<JsonConverter> Converters { get; } = [new Checked<DateTimeOffset>(), new Checked<DateTime>(), new Checked<TimeSpan>()];

    /// <summary>Why a moment or duration is refused, or null when it is acceptable (or not a moment at all).</summary>
    public static (string Message, string Code)? Refusal(object? value) => value switch
    {
        DateTimeOffset moment when !Moments.IsShowable(moment) => (Moments.OutOfRange, "moment.out-of-range"),
        DateTime moment when !Moments.IsShowable(moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment) => (Moments.OutOfRange, "moment.out-of-range"),
        TimeSpan duration when !Moments.IsAcceptable(duration) => (Moments.DurationOutOfRange, "duration.out-of-range"),
        _ => null,
    };

    private sealed class Checked<T> : JsonConverter<T>
        where T : struct
    {
        private static readonly JsonConverter<T> Default = (JsonConverter<T>)JsonSerializerOptions.Default.GetConverter(typeof(T));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = Default.Read(ref reader, typeToConvert, options);
            return Refusal(value) is { } refusal ? throw new UnacceptableJsonValueException(refusal.Message, refusal.Code) : value;
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Default.Write(writer, value, options);
    }
}
