using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Quality.Application.Surveys;
using Crm.Modules.Quality.Application.Surveys.CloseSurvey;
using Crm.Modules.Quality.Application.Surveys.Figures;
using Crm.Modules.Quality.Application.Surveys.FillSurvey;
using Crm.Modules.Quality.Application.Surveys.GetSurvey;
using Crm.Modules.Quality.Application.Surveys.ListSurveys;
using Crm.Modules.Quality.Application.Surveys.Rules.GetSurveyRule;
using Crm.Modules.Quality.Application.Surveys.Rules.ListSurveyRules;
using Crm.Modules.Quality.Application.Surveys.Rules.SaveSurveyRule;
using Crm.Modules.Quality.Application.Surveys.Templates;
using Crm.Modules.Quality.Application.Surveys.Templates.GetSurveyTemplate;
using Crm.Modules.Quality.Application.Surveys.Templates.ListSurveyTemplates;
using Crm.Modules.Quality.Application.Surveys.Templates.SaveSurveyTemplate;
using Crm.Modules.Quality.Domain.Surveys;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Quality.Infrastructure.Api;

/// <summary>/api/quality/survey-templates, /survey-rules and /surveys (ADR 0083).</summary>
internal static class SurveyEndpoints
{
    public const string Templates = "/api/quality/survey-templates";
    public const string Rules = "/api/quality/survey-rules";

    public sealed record TemplateBody(string? Name, IReadOnlyList<QuestionInput>? Questions);

    public sealed record RuleBody(Guid? TemplateId, SurveyTrigger? Trigger, int? DelayDays, int? OneIn, int? MinDaysBetween, bool? Active);

    public sealed record AnswersBody(IReadOnlyList<AnswerInput>? Answers);

    public sealed record OutcomeBody(SurveyStatus? Outcome);

    public static void MapSurveyEndpoints(this IEndpointRouteBuilder group)
    {
        MapTemplates(group.MapGroup("/survey-templates").WithTags("Survey templates"));
        MapRules(group.MapGroup("/survey-rules").WithTags("Survey rules"));
        MapSurveys(group.MapGroup("/surveys").WithTags("Surveys"));
        group.MapGet("/figures/surveys", async (IMediator m, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
                TypedResults.Ok(await m.Send(new SurveyFiguresQuery(from, to), ct)))
            .WithTags("Quality figures").WithName("SurveyFigures")
            .WithSummary("Per employee who served the client, the surveys completed in [from, to): count, average score, share dissatisfied, NPS");
    }

    private static void MapTemplates(RouteGroupBuilder templates)
    {
        templates.MapGet("/", async (IMediator m, CancellationToken ct, string? cursor = null, int? limit = null) =>
                TypedResults.Ok(await m.Send(new ListSurveyTemplatesQuery(cursor, limit), ct)))
            .WithName("ListSurveyTemplates").WithSummary("Survey templates with their current version, oldest first; keyset paging");
        templates.MapPost("/", (TemplateBody b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(new CreateSurveyTemplateCommand(b.Name, b.Questions), Templates, id => new GetSurveyTemplateQuery(id), h, m, ct))
            .WithName("CreateSurveyTemplate").WithSummary("A survey template (version 1): questions, what counts as dissatisfaction and its reasons")
            .RequireAdministrator("write survey templates");
        templates.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetSurveyTemplateQuery(id), h, m, ct))
            .WithName("GetSurveyTemplate").WithSummary("A template's current version; the ETag is the card's version").ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapGet("/{id:guid}/versions/{number:int}", async (Guid id, int number, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetSurveyTemplateVersionQuery(id, number), ct)))
            .WithName("GetSurveyTemplateVersion").WithSummary("A released version of a template, as the surveys filled with it were asked")
            .ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPut("/{id:guid}", (Guid id, TemplateBody b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ChangeAsync(
                new ChangeSurveyTemplateCommand(id, IfMatch.Version(h), b.Name, b.Questions), new GetSurveyTemplateQuery(id), h, m, ct))
            .WithName("ChangeSurveyTemplate").WithSummary("The template as now written: a new version when anything differs").Card()
            .RequireAdministrator("change survey templates");
    }

    private static void MapRules(RouteGroupBuilder rules)
    {
        rules.MapGet("/", async (IMediator m, CancellationToken ct, bool? active = null, string? cursor = null, int? limit = null) =>
                TypedResults.Ok(await m.Send(new ListSurveyRulesQuery(active, cursor, limit), ct)))
            .WithName("ListSurveyRules").WithSummary("Survey rules, oldest first; active or inactive ones when asked; keyset paging");
        rules.MapPost("/", (RuleBody b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.CreateAsync(
                new CreateSurveyRuleCommand(b.TemplateId, b.Trigger, b.DelayDays, b.OneIn, b.MinDaysBetween, b.Active), Rules, id => new GetSurveyRuleQuery(id), h, m, ct))
            .WithName("CreateSurveyRule").WithSummary("After which event, with which template, how many days later, one in how many, how often per client at most")
            .RequireAdministrator("write survey rules");
        rules.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetSurveyRuleQuery(id), h, m, ct))
            .WithName("GetSurveyRule").WithSummary("A survey rule; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapPut("/{id:guid}", (Guid id, RuleBody b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ChangeAsync(
                new ChangeSurveyRuleCommand(id, IfMatch.Version(h), b.TemplateId, b.Trigger, b.DelayDays, b.OneIn, b.MinDaysBetween, b.Active),
                new GetSurveyRuleQuery(id), h, m, ct))
            .WithName("ChangeSurveyRule").WithSummary("Change every field of a rule, or (de)activate it").Card()
            .RequireAdministrator("change survey rules");
    }

    private static void MapSurveys(RouteGroupBuilder surveys)
    {
        surveys.MapGet("/", ListAsync).WithName("ListSurveys").WithSummary("Surveys by due moment; of a client, about a subject, in a status; keyset paging");
        surveys.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetSurveyQuery(id), h, m, ct))
            .WithName("GetSurvey").WithSummary("A survey's card: answers, dissatisfaction, reasons, score").ProducesProblem(StatusCodes.Status404NotFound);
        surveys.MapPost("/{id:guid}/answers", (Guid id, AnswersBody b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ChangeAsync(
                new FillSurveyCommand(id, IfMatch.Version(h), b.Answers), new GetSurveyQuery(id), h, m, ct))
            .WithName("FillSurvey").WithSummary("The client's answers, checked against the template's current version").Card();
        surveys.MapPost("/{id:guid}/outcome", (Guid id, OutcomeBody b, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ChangeAsync(
                new CloseSurveyCommand(id, IfMatch.Version(h), b.Outcome), new GetSurveyQuery(id), h, m, ct))
            .WithName("CloseSurvey").WithSummary("The client refused (Refused) or could not be reached (Unreachable)").Card();
    }

    private static async Task<Ok<KeysetPage<SurveyDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, Guid? clientId = null, Guid? subjectId = null, SurveyStatus? status = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListSurveysQuery(clientId, subjectId, status, cursor, limit), ct));
}
