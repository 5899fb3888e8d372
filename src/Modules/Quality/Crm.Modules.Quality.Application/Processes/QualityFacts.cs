namespace Crm.Modules.Quality.Application.Processes;

/// <summary>The names the Quality module publishes: its module code, object types and event names processes start or wait on.</summary>
public static class QualityFacts
{
    public const string Module = "quality";

    // Complaints and violations (ADR 0084).
    public const string Complaint = "complaint";
    public const string Violation = "violation";

    public const string Registered = "registered";
    public const string ReviewStarted = "review-started";
    public const string OpinionWritten = "opinion-written";
    public const string Reviewed = "reviewed";
    public const string Explained = "explained";
    public const string Closed = "closed";
    // Surveys after service (ADR 0083): the object type and the events of its facts.
    public const string Survey = "survey";
    public const string SurveyDue = "due";
    public const string SurveyCompleted = "completed";
    public const string SurveyRefused = "refused";
    public const string SurveyUnreachable = "unreachable";
}
