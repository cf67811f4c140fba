using System.Collections.Immutable;
using PaperSite.Caching;

namespace PaperSite.Tests.Caching;

/// <summary>
/// The hash behind every page's fingerprint: equal state gives equal hashes, and any difference anywhere in the
/// object graph gives another, whether or not the objects holding it are remembered between pages.
/// </summary>
public sealed class StateHashTests
{
    private sealed record Author(string Name, string? Affiliation);

    private sealed record Card(string Title, int Upvotes, ImmutableArray<Author> Authors, IReadOnlyList<string> Tags, Kind Kind, Uri Link);

    private sealed record Listing(string Heading, IReadOnlyList<Card> Cards);

    private sealed class Loop
    {
        public Loop? Next { get; set; }
    }

    private enum Kind
    {
        Paper,
        Survey,
    }

    private static Card NewCard(string title = "Alpha", int upvotes = 5, string affiliation = "Analytical Engines", string tag = "llm", Kind kind = Kind.Paper, string link = "https://arxiv.org/abs/2510.00001") =>
        new(title, upvotes, [new Author("Ada Lovelace", affiliation), new Author("Alan Turing", null)], ["vision", tag], kind, new Uri(link));

    [Fact]
    public void Objects_with_the_same_state_hash_alike()
    {
        var hasher = new StateHash();

        Assert.Equal(hasher.Of(NewCard()), hasher.Of(NewCard()));
        Assert.Equal(new StateHash().Of(new Listing("Day", [NewCard(), NewCard("Beta")])), hasher.Of(new Listing("Day", [NewCard(), NewCard("Beta")])));
    }

    [Theory]
    [InlineData("title")]
    [InlineData("upvotes")]
    [InlineData("affiliation")]
    [InlineData("tag")]
    [InlineData("kind")]
    [InlineData("link")]
    public void A_difference_anywhere_changes_the_hash(string what)
    {
        var changed = what switch
        {
            "title" => NewCard(title: "Alpha!"),
            "upvotes" => NewCard(upvotes: 6),
            "affiliation" => NewCard(affiliation: "Bletchley Park"),
            "tag" => NewCard(tag: "agents"),
            "kind" => NewCard(kind: Kind.Survey),
            _ => NewCard(link: "https://arxiv.org/abs/2510.00002"),
        };

        var hasher = new StateHash();
        Assert.NotEqual(hasher.Of(new Listing("Day", [NewCard()])), hasher.Of(new Listing("Day", [changed])));
    }

    [Fact]
    public void Order_of_a_collection_counts()
    {
        var hasher = new StateHash();

        Assert.NotEqual(hasher.Of(new Listing("Day", [NewCard("A"), NewCard("B")])), hasher.Of(new Listing("Day", [NewCard("B"), NewCard("A")])));
    }

    [Fact]
    public void A_large_object_shared_by_many_pages_is_remembered_and_small_ones_are_not()
    {
        var hasher = new StateHash();
        var shared = NewCard();
        var first = hasher.Of(new Listing("Day", [shared]));
        var remembered = hasher.Remembered;

        // The same card on another page costs a lookup, and gives the same hash as walking it again would.
        Assert.Equal(hasher.Of(new Listing("Week", [shared])), new StateHash().Of(new Listing("Week", [NewCard()])));
        Assert.Equal(first, new StateHash().Of(new Listing("Day", [NewCard()])));
        Assert.InRange(remembered, 1, 3);

        // An author on its own is a short walk: never remembered.
        var authors = new StateHash();
        authors.Of(new Author("Grace Hopper", "Navy"));
        Assert.Equal(0, authors.Remembered);
    }

    [Fact]
    public void A_cycle_cannot_be_fingerprinted()
    {
        var loop = new Loop();
        loop.Next = loop;

        Assert.Throws<NotSupportedException>(() => new StateHash().Of(loop));
    }
}
