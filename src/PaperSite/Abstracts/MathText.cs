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
            _ => string.Concat(children.Select(Text)),
        };
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

    private static string Grouped(string text) => text.EnumerateRunes().Count() <= 1 || IsWord(text) ? text : $"({text})";

    private static bool IsWord(string text) => text.All(char.IsLetterOrDigit) || text.All(c => char.IsDigit(c) || c == '.');

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
