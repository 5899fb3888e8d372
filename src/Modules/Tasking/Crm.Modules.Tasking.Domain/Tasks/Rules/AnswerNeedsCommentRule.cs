using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>Some answers (and the "Other" refusal reason) only make sense with words from the person.</summary>
public sealed class AnswerNeedsCommentRule(string answerName, bool requiresComment, string? comment) : IBusinessRule
{
    public string Code => "task.comment-required";

    public string Message => $"'{answerName}' needs a comment.";

    public bool IsBroken() => requiresComment && string.IsNullOrWhiteSpace(comment);
}
