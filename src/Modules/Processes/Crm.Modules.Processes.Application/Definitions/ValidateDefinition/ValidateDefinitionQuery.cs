using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.ValidateDefinition;

/// <summary>Checks a document without saving it: the problems an editor shows next to the blocks.</summary>
public sealed record ValidateDefinitionQuery(ProcessDocument? Document, Guid? Id) : IQuery<ValidationReport>;

internal sealed class ValidateDefinitionHandler(DefinitionChecks checks) : IRequestHandler<ValidateDefinitionQuery, ValidationReport>
{
    public async Task<ValidationReport> Handle(ValidateDefinitionQuery query, CancellationToken cancellationToken)
    {
        var problems = query.Document is null
            ? [new DefinitionProblem("definition.missing", "Send the definition document as the body.")]
            : await checks.ProblemsAsync(query.Document, query.Id ?? Guid.Empty, cancellationToken);
        return new ValidationReport(problems.Count == 0, problems);
    }
}
