using PaperSite.Importing;

namespace PaperSite.Tests.Importing;

public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"G{\""o}del", "Gödel")]
    [InlineData(@"G\""odel", "Gödel")]
    [InlineData(@"{\'E}cole Normale", "École Normale")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Fran\c cois", "François")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"Dvo\v{r}\'ak", "Dvořák")]
    [InlineData(@"Ca\~{n}ete", "Cañete")]
    [InlineData(@"Mart\'{\i}nez", "Martínez")]
    [InlineData(@"Stra\ss e", "Straße")]
    [InlineData(@"{\L}ukasz", "Łukasz")]
    [InlineData(@"{\AA}ngstr{\""o}m", "Ångström")]
    public void Accents_and_special_letters_become_composed_unicode(string latex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData("Attention is {All} you Need", "Attention is All you Need")]
    [InlineData("{{BERT}}: Pre-training", "BERT: Pre-training")]
    [InlineData(@"\emph{Deep} \textbf{Learning}", "Deep Learning")]
    [InlineData(@"{\it Deep} learning", "Deep learning")]
    [InlineData(@"Q\&A, 50\% and \#1 \_x", "Q&A, 50% and #1 _x")]
    [InlineData("pages 1--10 --- or so", "pages 1–10 — or so")]
    [InlineData("``quoted''", "“quoted”")]
    [InlineData("don't", "don't")]
    [InlineData("a~b", "a b")]
    [InlineData(@"\href{https://example.org}{the site}", "the site")]
    public void Braces_and_text_commands_are_removed(string latex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(latex));

    [Theory]
    [InlineData(@"Fast $O(n \log n)$ {Sorting}", @"Fast $O(n \log n)$ Sorting")]
    [InlineData(@"$$\sum_{i} x_i$$ and {$\alpha$}", @"$$\sum_{i} x_i$$ and $\alpha$")]
    [InlineData(@"the \(\beta\) case", @"the $\beta$ case")]
    [InlineData(@"price \$5", "price $5")]
    public void Math_is_kept_as_written(string latex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(latex));

    [Fact]
    public void An_unknown_command_is_kept_so_no_text_is_lost() =>
        Assert.Equal(@"the \foo method", LatexText.ToUnicode(@"the \foo method"));

    [Theory]
    [InlineData(@"\'{1}", "1")]
    [InlineData(@"\'{\'{e}}", "e\u0301\u0301")]
    public void An_accent_with_no_letter_to_sit_on_is_dropped_and_a_stacked_one_stacks(string latex, string text) =>
        Assert.Equal(text.Normalize(), LatexText.ToUnicode(latex).Normalize());

    [Fact]
    public void Deeply_nested_accent_arguments_do_not_exhaust_the_stack()
    {
        var latex = string.Concat(Enumerable.Repeat(@"\'{", 100_000)) + "e" + new string('}', 100_000);

        var text = LatexText.ToUnicode(latex);

        // Past the depth limit the LaTeX is left as written; the accents around it have no letter to sit on and go.
        var keptAsWritten = 100_000 - 33;
        Assert.Equal(string.Concat(Enumerable.Repeat(@"\'{", keptAsWritten)) + "e" + new string('}', keptAsWritten), text);
    }

    [Fact]
    public void Long_chains_of_accents_do_not_exhaust_the_stack()
    {
        var latex = string.Concat(Enumerable.Repeat(@"\'", 100_000)) + "e";

        var text = LatexText.ToUnicode(latex);

        Assert.Contains('é', text);
    }
}
