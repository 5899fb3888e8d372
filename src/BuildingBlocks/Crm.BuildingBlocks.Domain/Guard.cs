namespace Crm.BuildingBlocks.Domain;

/// <summary>Argument checks for invariants that input validation already enforces; a failure here is a bug.</summary>
public static class Guard
{
    public static string NotBlank(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be blank.", name);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength ? trimmed : throw new ArgumentException($"{name} is longer than {maxLength}.", name);
    }

    public static DateTime Utc(DateTime value, string name) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException($"{name} must be UTC.", name);
}
