using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Common;

/// <summary>A parts line says which part: in words or by catalogue reference.</summary>
public sealed class PartLineMustSayWhichPartRule(IReadOnlyList<PartSpec> parts) : IBusinessRule
{
    public string Code => "part.unnamed";

    public string Message => "A parts line needs a text or a part reference.";

    public bool IsBroken() => !parts.All(Lines.Describes);
}
