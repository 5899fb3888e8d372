using Mapster;

namespace Crm.BuildingBlocks.Application.Mapping;

public static class RecordMapping
{
    /// <summary>
    /// Fills a positional record through its public constructor, each parameter from the source's member of the same
    /// name: in a projection that becomes <c>new Row(t.A, t.B, …)</c>, which EF Core translates to those columns only.
    /// </summary>
    public static TypeAdapterSetter<TSource, TDestination> MapToRecord<TSource, TDestination>(this TypeAdapterSetter<TSource, TDestination> setter) =>
        setter.MapToConstructor(typeof(TDestination).GetConstructors().Single());
}
