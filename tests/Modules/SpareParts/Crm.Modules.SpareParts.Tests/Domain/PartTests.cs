using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Xunit;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.SpareParts.Tests.Domain;

/// <summary>Articles compared by their letters and digits, name words, and the rules of a part's analogues.</summary>
public sealed class PartTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("OC 90", "OC90")]
    [InlineData("oc-90", "OC90")]
    [InlineData(" Oc.90/1 ", "OC901")]
    [InlineData("0 986 452 041", "0986452041")]
    [InlineData("вк-12", "ВК12")]
    [InlineData("--", "")]
    [InlineData(null, "")]
    public void An_articles_key_is_its_letters_and_digits_upper_cased(string? article, string key) => Assert.Equal(key, Articles.Key(article));

    [Fact]
    public void A_names_words_are_its_runs_of_letters_and_digits_each_once() =>
        Assert.Equal(["MOTOR", "OIL", "5W", "30", "4", "L"], NameWords.Of("Motor oil 5W-30, oil 4 l"));

    [Fact]
    public void A_word_longer_than_the_index_keeps_is_cut_the_same_way_in_names_and_searches()
    {
        var word = new string('A', NameWords.MaxLength + 5);
        Assert.Equal([word[..NameWords.MaxLength]], NameWords.Of(word.ToLowerInvariant()));
    }

    [Fact]
    public void Analogues_are_replaced_keeping_the_rows_that_stay_and_the_name_words_follow_the_name()
    {
        var part = Filter();
        part.SetAnalogues([new("Mahle", "OC 90"), new("Bosch", "F 026")], Now);
        var kept = part.Analogues.Single(a => a.BrandKey == "MAHLE");

        part.SetAnalogues([new("mahle", "oc-90"), new("Filtron", "OP 526")], Now);

        Assert.Equal(["MAHLE/OC90", "FILTRON/OP526"], part.Analogues.Select(a => $"{a.BrandKey}/{a.ArticleKey}"));
        Assert.Same(kept, part.Analogues[0]);
        part.Change(new PartDetails("W 712/75", "Mann", "Air filter", "pcs", 10m));
        Assert.Equal(["AIR", "FILTER"], part.Words.Select(w => w.Word).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_part_is_not_its_own_analogue_in_another_spelling() =>
        AssertBroken<AnalogueMustNotBeThePartItselfRule>(() => Filter().SetAnalogues([new("MANN", "w71275")], Now));

    [Fact]
    public void A_part_whose_article_becomes_one_of_its_analogues_is_refused()
    {
        var part = Filter();
        part.SetAnalogues([new("Mann", "W 712/80")], Now);
        AssertBroken<AnalogueMustNotBeThePartItselfRule>(() => part.Change(new PartDetails("W-712-80", "mann", "Oil filter", "pcs", 10m)));
    }

    [Fact]
    public void The_same_analogue_twice_is_refused() =>
        AssertBroken<AnaloguesMustBeDistinctRule>(() => Filter().SetAnalogues([new("Mahle", "OC 90"), new("MAHLE", "oc90")], Now));

    [Fact]
    public void At_most_a_hundred_analogues()
    {
        var part = Filter();
        part.SetAnalogues([.. Enumerable.Range(1, Part.MaxAnalogues).Select(i => new ArticleRef("Mahle", $"OC {i}"))], Now);
        AssertBroken<AnaloguesMustBeFewRule>(() => part.SetAnalogues([.. Enumerable.Range(1, Part.MaxAnalogues + 1).Select(i => new ArticleRef("Mahle", $"OC {i}"))], Now));
    }

    private static Part Filter() => Part.Register(new PartId(Guid.NewGuid()), new PartDetails("W 712/75", "Mann", "Oil filter", "pcs", 10m));
}
