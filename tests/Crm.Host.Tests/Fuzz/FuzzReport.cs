using System.Text;

namespace Crm.Host.Tests.Fuzz;

/// <summary>All the faults of a run in one message, one line per operation and kind of fault, with the seed to replay it.</summary>
public static class FuzzReport
{
    public static string Describe(IReadOnlyList<FuzzFailure> failures, int seed, int sent, IReadOnlyList<string> loggedExceptions)
    {
        var report = new StringBuilder()
            .AppendLine($"{failures.Count} faults in {sent} requests, {failures.Select(f => f.Key).Distinct().Count()} distinct; " +
                $"replay with {FuzzBudget.SeedVariable}={seed}");
        foreach (var group in failures.GroupBy(f => f.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            report.AppendLine($"- {group.Key} ({group.Count()}×), e.g. [{first.Request.Case}] {first.Request.Url[..Math.Min(first.Request.Url.Length, 160)]}" +
                $"{(first.Request.AsEmployee ? " as an employee" : "")}: {Excerpt(first.Body)}");
        }

        if (failures.Count > 0)
        {
            foreach (var exception in loggedExceptions)
            {
                report.AppendLine("The host logged: " + exception);
            }
        }

        return report.ToString();
    }

    private static string Excerpt(string body) =>
        body.Length == 0 ? "(empty body)" : body.Length > 240 ? body[..240].ReplaceLineEndings(" ") + "…" : body.ReplaceLineEndings(" ");
}
