using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Subjects.GetSubject;

/// <summary>An object as Tasking knows it: its name and the object it belongs to.</summary>
public sealed record SubjectEntryDto(string Type, string Id, string Name, SubjectDto? Owner);

public sealed record GetSubjectQuery(string Type, string Id) : IQuery<SubjectEntryDto>;

internal sealed class GetSubjectHandler(SubjectDirectory directory) : IRequestHandler<GetSubjectQuery, SubjectEntryDto>
{
    public async Task<SubjectEntryDto> Handle(GetSubjectQuery query, CancellationToken cancellationToken)
    {
        var entry = string.IsNullOrWhiteSpace(query.Type) || string.IsNullOrWhiteSpace(query.Id) || query.Type.Length > Subject.TypeMaxLength || query.Id.Length > Subject.IdMaxLength
            ? null
            : await directory.FindAsync(new Subject(query.Type, query.Id), cancellationToken);
        return entry is null
            ? throw new NotFoundException("Subject", $"{query.Type}/{query.Id}")
            : new SubjectEntryDto(entry.Type, entry.ObjectId, entry.DisplayName, entry.Owner is { } o ? new SubjectDto(o.Type, o.Id) : null);
    }
}
