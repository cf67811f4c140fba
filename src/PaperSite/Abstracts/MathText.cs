using System.Text;
using System.Xml.Linq;

namespace PaperSite.Abstracts;

/// <summary>
/// A formula as readable Unicode text, for places that take no markup: <c>\alpha</c> is α, <c>x^2</c> is x², <c>x_i</c> is xᵢ,
/// <c>\frac{a}{b}</c> is a/b. It reads the converter's own MathML, so it knows what the converter knows; a formula the
/// converter cannot read stays its LaTeX source.
/// </summary>
internal static class MathText
{
    private const string Superscripts = "0⁰1¹2²3³4⁴5⁵6⁶7⁷8⁸9⁹+⁺−⁻=⁼(⁽)⁾aᵃbᵇcᶜdᵈeᵉfᶠgᵍhʰiⁱjʲkᵏlˡmᵐnⁿoᵒpᵖrʳsˢtᵗuᵘvᵛwʷxˣyʸzᶻ′′*˟";
    private const string Subscripts = "0₀1₁2₂3₃4₄5₅6₆7₇8₈9₉+₊−₋=₌(₍)₎aₐeₑhₕiᵢjⱼkₖlₗmₘnₙoₒpₚrᵣsₛtₜuᵤvᵥxₓ";

    private static readonly Dictionary<char, char> Up = Pairs(Superscripts);
    private static readonly Dictionary<char, char> Down = Pairs(Subscripts);

    /// <summary>Combining marks for one-letter accents (x̂, x̄, x⃗), as a reader's font can place them.</summary>
    private static readonly Dictionary<string, char> Combining = new(StringComparer.Ordinal)
    {
        ["^"] = '\u0302', ["~"] = '\u0303', ["¯"] = '\u0304', ["‾"] = '\u0305', ["˙"] = '\u0307', ["¨"] = '\u0308',
        ["˚"] = '\u030A', ["ˇ"] = '\u030C', ["˘"] = '\u0306', ["→"] = '\u20D7', ["´"] = '\u0301', ["`"] = '\u0300',
    };

    public static string Of(string latex, MathMacros? macros = null)
    {
        if (LatexToMathMl.TryConvert(latex, display: false, macros) is not { } markup)
        {
            return latex.Trim();
        }

        return Loading.MappingFields.CollapseWhiteSpace(Text(XElement.Parse(markup)));
    }

    private static string Text(XElement element)
    {
        var children = element.Elements().ToList();
        return element.Name.LocalName switch
        {
            "mi" or "mn" or "mo" or "mtext" => element.Value.Replace("\u2061", "", StringComparison.Ordinal).Replace('\u00A0', ' '),
            "mspace" => element.Attribute("width")?.Value is { } width && !width.StartsWith('-') && width != "0.1667em" ? " " : "",
            "msup" => Text(children[0]) + Script(Text(children[1]), Up, "^"),
            "msub" => Text(children[0]) + Script(Text(children[1]), Down, "_"),
            "msubsup" => Text(children[0]) + Script(Text(children[1]), Down, "_") + Script(Text(children[2]), Up, "^"),
            "munder" when element.Attribute("accentunder") is null => Text(children[0]) + Script(Text(children[1]), Down, "_"),
            "mover" when element.Attribute("accent") is null => Text(children[0]) + Script(Text(children[1]), Up, "^"),
            "munderover" => Text(children[0]) + Script(Text(children[1]), Down, "_") + Script(Text(children[2]), Up, "^"),
            "munder" or "mover" => Accented(Text(children[0]), children[1].Value),
            "mfrac" => Grouped(Text(children[0])) + "/" + Grouped(Text(children[1])),
            "msqrt" => "√" + Grouped(string.Concat(children.Select(Text))),
            "mroot" => Script(Text(children[1]), Up, "^") + "√" + Grouped(Text(children[0])),
            "mtable" => string.Join("; ", children.Select(row => string.Join(", ", row.Elements().Select(Text)))),
            _ => Row(children),
        };
    }

    /// <summary>A row's text; a named function (log, sin, max) is a word, set off by spaces from letters around it.</summary>
    private static string Row(List<XElement> children)
    {
        var row = new StringBuilder();
        for (var i = 0; i < children.Count; i++)
        {
            var text = Text(children[i]);
            var isName = children[i].Name.LocalName is "mi" or "mo" && text.Length > 1 && text.All(char.IsAsciiLetter);
            if (isName && row.Length > 0 && char.IsLetterOrDigit(row[^1]))
            {
                row.Append(' ');
            }

            row.Append(text);
            var next = children.Skip(i + 1).FirstOrDefault(c => c.Value != "\u2061");
            if (isName && next is not null && next.Name.LocalName is not "mo")
            {
                row.Append(' ');
            }
        }

        return row.ToString();
    }

    /// <summary>A script in Unicode super- or subscript letters where every character has one, else "^(…)".</summary>
    private static string Script(string text, Dictionary<char, char> map, string marker)
    {
        var script = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!map.TryGetValue(c, out var shifted))
            {
                return marker + Grouped(text);
            }

            script.Append(shifted);
        }

        return script.ToString();
    }

    private static string Accented(string text, string mark) =>
        text.EnumerateRunes().Count() == 1 && Combining.TryGetValue(mark, out var combining) ? text + combining : text;

    /// <summary>A script or fraction part of more than one character in parentheses, so "e^(iπ)" cannot be read as "e^i π".</summary>
    private static string Grouped(string text) => text.EnumerateRunes().Count() <= 1 || IsNumber(text) ? text : $"({text})";

    private static bool IsNumber(string text) => text.All(c => char.IsDigit(c) || c == '.');

    private static Dictionary<char, char> Pairs(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
