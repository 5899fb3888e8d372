namespace Crm.Modules.Quality.Domain.Complaints;

/// <summary>
/// Where a complaint came from: registered by hand, from a survey's dissatisfaction, or by a process's action.
/// <see cref="Id"/> names the source (the survey, the action request): one source registers one complaint.
/// </summary>
public sealed record ComplaintOrigin(string Kind, string? Id)
{
    public const string Manual = "manual";
    public const string Survey = "survey";
    public const string Process = "process";
    public const int KindMaxLength = 20;
    public const int IdMaxLength = 100;

    public static IReadOnlyList<string> Kinds { get; } = [Manual, Survey, Process];
}

/// <summary>What a complaint is about: a station's work order or a parts sale (another module's object, by reference).</summary>
public sealed record ComplaintSubject(string Type, Guid Id)
{
    public const string WorkOrder = "work-order";
    public const string Sale = "sale";
    public const int TypeMaxLength = 30;

    public static IReadOnlyList<string> Types { get; } = [WorkOrder, Sale];
}
