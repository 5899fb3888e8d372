using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Text with a NUL character is valid JSON but no database stores it (PostgreSQL refuses it outright), so it is
/// refused at the door as bad input on its field instead of failing deep inside a save.
/// </summary>
internal sealed class RejectNulStrings : JsonConverter<string>
{
    public const string Code = "text.nul";

    public const string Message = "Text must not contain NUL characters.";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new UnacceptableJsonValueException(Message, Code)
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>
/// A JSON value that parsed but is refused; its message is shown to the client as is, with its stable
/// <paramref name="code"/>. <paramref name="member"/> names the field below the JSON path the serializer was at
/// (e.g. <c>positions[0]</c> when an object refuses one of its own members).
/// </summary>
internal sealed class UnacceptableJsonValueException(string message, string code, string? member = null) : JsonException(message)
{
    public string Code { get; } = code;

    public string? Member { get; } = member;
}
