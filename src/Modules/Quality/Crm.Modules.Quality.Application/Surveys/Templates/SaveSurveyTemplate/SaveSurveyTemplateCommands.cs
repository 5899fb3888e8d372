using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Templates.SaveSurveyTemplate;

/// <summary>A new survey template (version 1).</summary>
public sealed record CreateSurveyTemplateCommand(string? Name, IReadOnlyList<QuestionInput>? Questions) : ICommand<Guid>, ISurveyTemplateFields;

/// <summary>The template as now written (a PUT): a new version when anything differs; filled surveys keep theirs.</summary>
public sealed record ChangeSurveyTemplateCommand(Guid TemplateId, int? ExpectedVersion, string? Name, IReadOnlyList<QuestionInput>? Questions)
    : ICommand<Unit>, ISurveyTemplateFields;

internal sealed class CreateSurveyTemplateValidator : AbstractValidator<CreateSurveyTemplateCommand>
{
    public CreateSurveyTemplateValidator() => SurveyTemplateInput.Fields(this);
}

internal sealed class ChangeSurveyTemplateValidator : AbstractValidator<ChangeSurveyTemplateCommand>
{
    public ChangeSurveyTemplateValidator() => SurveyTemplateInput.Fields(this);
}

internal sealed class CreateSurveyTemplateHandler(IRepository<SurveyTemplate> templates, TimeProvider clock) : IRequestHandler<CreateSurveyTemplateCommand, Guid>
{
    public Task<Guid> Handle(CreateSurveyTemplateCommand command, CancellationToken cancellationToken)
    {
        var template = SurveyTemplate.Create(Guid.NewGuid(), command.Name!, SurveyTemplateInput.Questions(command.Questions!), clock.GetUtcNow().UtcDateTime);
        templates.Add(template);
        return Task.FromResult(template.Id);
    }
}

internal sealed class ChangeSurveyTemplateHandler(IRepository<SurveyTemplate> templates, TimeProvider clock) : IRequestHandler<ChangeSurveyTemplateCommand, Unit>
{
    public async Task<Unit> Handle(ChangeSurveyTemplateCommand command, CancellationToken cancellationToken)
    {
        var template = await templates.ForUpdateAsync(command.TemplateId, cancellationToken, command.ExpectedVersion);
        template.Change(command.Name!, SurveyTemplateInput.Questions(command.Questions!), clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
