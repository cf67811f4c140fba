using System.Globalization;
using System.Text;
using PaperSite.Model;

namespace PaperSite.Views;

/// <summary>Writes a paper's BibTeX entry for its page (Importing/BibtexParser reads BibTeX), in the shape arXiv itself gives (<c>@misc</c> with eprint fields).</summary>
internal static class BibtexEntryWriter
{
    /// <param name="title">The title as plain text: formulas already Unicode, so the entry reads right without LaTeX's math mode.</param>
    public static string Of(Paper paper, string title, string pageUrl)
    {
        var builder = new StringBuilder();
        builder.Append("@misc{").Append(KeyOf(paper, title)).Append(",\n");
        Field(builder, "title", "{" + Escape(title) + "}");
        if (paper.Authors.Length > 0)
        {
            Field(builder, "author", string.Join(" and ", paper.Authors.Select(a => Escape(a.Name))));
        }

        var year = (paper.Published?.Year ?? paper.Date.Year).ToString(CultureInfo.InvariantCulture);
        Field(builder, "year", year);
        if (paper.ArxivId is { } arxiv)
        {
            Field(builder, "eprint", arxiv);
            Field(builder, "archivePrefix", "arXiv");
        }

        if (paper.Doi is { } doi)
        {
            Field(builder, "doi", Escape(doi));
        }

        Field(builder, "url", paper.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : pageUrl);
        builder.Length -= 2;
        builder.Append("\n}");
        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string value) =>
        builder.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");

    /// <summary>arXiv's key: first author's surname, year, first word of the title, lowercase ASCII.</summary>
    private static string KeyOf(Paper paper, string title)
    {
        var surname = paper.Authors.Length > 0 ? paper.Authors[0].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : paper.Id;
        var firstWord = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var key = new StringBuilder();
        foreach (var c in (surname + (paper.Published?.Year ?? paper.Date.Year).ToString(CultureInfo.InvariantCulture) + firstWord).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.Length > 0 ? key.ToString() : "paper";
    }

    /// <summary>Escapes BibTeX's special characters; braces are dropped since an unbalanced one breaks the entry.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&' or '%' or '#' or '_' or '$':
                    builder.Append('\\').Append(c);
                    break;
                case '{' or '}' or '\\':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
