using PaperSite.Importing;

namespace PaperSite.Tests.Importing;

public sealed class BibtexNamesTests
{
    [Theory]
    [InlineData("Ada Lovelace and Alan Turing", new[] { "Ada Lovelace", "Alan Turing" })]
    [InlineData("Lovelace, Ada and Turing, Alan M.", new[] { "Ada Lovelace", "Alan M. Turing" })]
    [InlineData("King, Jr., Martin Luther", new[] { "Martin Luther King Jr." })]
    [InlineData("{Barnes and Noble} and Doe, Jane", new[] { "Barnes and Noble", "Jane Doe" })]
    [InlineData("Kaiser, {\\L}ukasz AND Andersen,\n   Hans", new[] { "Łukasz Kaiser", "Hans Andersen" })]
    [InlineData("Ada Lovelace and others", new[] { "Ada Lovelace" })]
    [InlineData("Sandra Anderson", new[] { "Sandra Anderson" })]
    [InlineData("{Google DeepMind}", new[] { "Google DeepMind" })]
    public void Names_are_split_on_and_and_given_first(string field, string[] expected) =>
        Assert.Equal(expected, BibtexNames.Split(field));
}
