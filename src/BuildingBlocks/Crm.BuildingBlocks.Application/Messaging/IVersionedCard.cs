namespace Crm.BuildingBlocks.Application.Messaging;

/// <summary>A card the API answers with: its <see cref="Version"/> is the ETag a later If-Match sends back.</summary>
public interface IVersionedCard
{
    int Version { get; }
}
