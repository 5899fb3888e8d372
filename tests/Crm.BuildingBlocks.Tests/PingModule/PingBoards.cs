using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Specifications;

namespace Crm.BuildingBlocks.Tests.PingModule;

// A board of posts, each by an author: a collection with a reference below it, for Include and ThenInclude.

public sealed class PingBoard
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<PingPost> Posts { get; set; } = [];
}

public sealed class PingPost
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;

    public PingAuthor Author { get; set; } = null!;
}

public sealed class PingAuthor
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>A board by name; with its posts and their authors, in one query or split.</summary>
public sealed class BoardSpec : Specification<PingBoard>
{
    public BoardSpec(string name, bool withPosts, bool singleQuery = false)
    {
        Query.Where(b => b.Name == name);
        if (withPosts)
        {
            Query.Include(b => b.Posts).ThenInclude(p => p.Author);
        }

        if (singleQuery)
        {
            Query.AsSingleQuery();
        }
    }
}

/// <summary>Pings from an order on, by text then newest order first, optionally loaded for a change.</summary>
public sealed class PingsFromSpec : Specification<Ping>
{
    public PingsFromSpec(int order, bool forUpdate = false)
    {
        Query.Where(p => p.Order >= order).OrderBy(p => p.Text).ThenByDescending(p => p.Order);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>What a list shows of a ping: Mapster projects it, so only these columns are read.</summary>
public sealed record PingCard(PingId Id, string Text);
