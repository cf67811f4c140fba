using System.Text;

namespace PaperSite.Abstracts;

internal static partial class LatexToMathMl
{
    /// <summary>Environments (<c>\begin{pmatrix}…\end{pmatrix}</c>) and <c>\substack</c>: rows of cells as <c>&lt;mtable&gt;</c>.</summary>
    private sealed partial class Parser
    {
        /// <summary>How an environment is shown: the fences around its table, how its columns align, and its style.</summary>
        private sealed record TableShape(string? Open, string? Close, string Align = "", bool Display = false, bool Small = false, bool AlternateRightLeft = false);

        private static readonly Dictionary<string, TableShape> Shapes = new(StringComparer.Ordinal)
        {
            ["matrix"] = new(null, null),
            ["pmatrix"] = new("(", ")"),
            ["bmatrix"] = new("[", "]"),
            ["Bmatrix"] = new("{", "}"),
            ["vmatrix"] = new("|", "|"),
            ["Vmatrix"] = new("‖", "‖"),
            ["smallmatrix"] = new(null, null, Small: true),
            ["cases"] = new("{", null, Align: "left"),
            ["dcases"] = new("{", null, Align: "left", Display: true),
            ["rcases"] = new(null, "}", Align: "left"),
            ["aligned"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["align"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["align*"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["alignat"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["alignedat"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["split"] = new(null, null, Display: true, AlternateRightLeft: true),
            ["gathered"] = new(null, null, Display: true),
            ["gather"] = new(null, null, Display: true),
            ["gather*"] = new(null, null, Display: true),
            ["equation"] = new(null, null, Display: true),
            ["equation*"] = new(null, null, Display: true),
            ["array"] = new(null, null),
            ["subarray"] = new(null, null, Small: true),
        };

        private Atom? Environment()
        {
            if (EnvironmentName() is not { } name || !Shapes.TryGetValue(name, out var shape))
            {
                return null;
            }

            var align = shape.Align;
            if (name is "array" or "subarray")
            {
                if (ColumnSpec() is not { } columns)
                {
                    return null;
                }

                align = columns;
            }
            else if (name is "alignat" or "alignedat")
            {
                // The number of column pairs changes nothing in MathML.
                SkipSpaces();
                if (Peek() != '{' || ParseArgument() is null)
                {
                    return null;
                }
            }

            var table = Table(shape, align, name);
            if (table is null)
            {
                return null;
            }

            var open = shape.Open is null ? "" : $"<mo fence=\"true\">{Rendering.Escaping.Html(shape.Open)}</mo>";
            var close = shape.Close is null ? "" : $"<mo fence=\"true\">{Rendering.Escaping.Html(shape.Close)}</mo>";
            return new Atom(open.Length + close.Length == 0 ? table : $"<mrow>{open}{table}{close}</mrow>");
        }

        /// <summary><c>\substack{i &lt; n \\ j &lt; m}</c>: lines stacked in a script, centred.</summary>
        private Atom? Substack()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            _position++;
            return Table(Shapes["subarray"], "center", endName: null) is { } table ? new Atom(table) : null;
        }

        /// <summary>
        /// Rows and cells up to <c>\end{name}</c> (or, for <paramref name="endName"/> null, the closing brace).
        /// Each cell is a group: a font switch inside it ends with it.
        /// </summary>
        private string? Table(TableShape shape, string align, string? endName)
        {
            if (!Enter())
            {
                return null;
            }

            var rows = new List<List<string>>();
            var cells = new List<string>();
            var font = _font;
            while (true)
            {
                SkipSpaces();
                while (AtCommand("hline") || AtCommand("hdashline"))
                {
                    _position += AtCommand("hline") ? "\\hline".Length : "\\hdashline".Length;
                    SkipSpaces();
                }

                var items = new List<string>();
                var parsed = ParseItems(items, Closing.Cell);
                _font = font;
                if (!parsed || AtEnd)
                {
                    _depth--;
                    return null;
                }

                cells.Add(string.Concat(items));
                if (source[_position] == '&')
                {
                    _position++;
                    continue;
                }

                if (AtRowBreak())
                {
                    _position += source[_position + 1] == '\\' ? 2 : "\\cr".Length;
                    SkipRowSpacing();
                    rows.Add(cells);
                    cells = [];
                    continue;
                }

                // \end{name}, or the brace that closes \substack.
                rows.Add(cells);
                if (!EndOf(endName))
                {
                    _depth--;
                    return null;
                }

                break;
            }

            _depth--;

            // "a \\ b \\" ends in an empty row that LaTeX does not show.
            if (rows.Count > 1 && rows[^1] is [""])
            {
                rows.RemoveAt(rows.Count - 1);
            }

            return TableMarkup(shape, align, rows);
        }

        private bool EndOf(string? endName)
        {
            if (endName is null)
            {
                if (Peek() != '}')
                {
                    return false;
                }

                _position++;
                return true;
            }

            if (!AtCommand("end"))
            {
                return false;
            }

            _position += "\\end".Length;
            return EnvironmentName() == endName;
        }

        private static string TableMarkup(TableShape shape, string align, List<List<string>> rows)
        {
            var columns = rows.Max(r => r.Count);
            var builder = new StringBuilder("<mtable");
            if (shape.Display)
            {
                builder.Append(" displaystyle=\"true\"");
            }

            var alignments = ColumnAlignments(shape, align, columns);
            if (alignments.Length > 0)
            {
                builder.Append(" columnalign=\"").Append(alignments).Append('"');
            }

            builder.Append('>');
            foreach (var row in rows)
            {
                builder.Append("<mtr>");
                foreach (var cell in row)
                {
                    builder.Append("<mtd>").Append(cell).Append("</mtd>");
                }

                builder.Append("</mtr>");
            }

            builder.Append("</mtable>");
            return shape.Small ? $"<mstyle scriptlevel=\"1\">{builder}</mstyle>" : builder.ToString();
        }

        /// <summary>The columnalign value: aligned equations alternate right and left, cases go left, array says per column.</summary>
        private static string ColumnAlignments(TableShape shape, string align, int columns)
        {
            if (shape.AlternateRightLeft)
            {
                return columns < 2 ? "" : string.Join(' ', Enumerable.Range(0, columns).Select(i => i % 2 == 0 ? "right" : "left"));
            }

            if (align.Length == 0 || align == "center")
            {
                return "";
            }

            return align;
        }

        /// <summary><c>{name}</c> after <c>\begin</c> or <c>\end</c>.</summary>
        private string? EnvironmentName()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            var start = ++_position;
            while (!AtEnd && (char.IsAsciiLetter(source[_position]) || source[_position] == '*'))
            {
                _position++;
            }

            if (Peek() != '}')
            {
                return null;
            }

            return source[start.._position++];
        }

        /// <summary>An array's column letters (<c>{lcr}</c>, with rules <c>|</c> ignored) as a columnalign value.</summary>
        private string? ColumnSpec()
        {
            SkipSpaces();
            if (Peek() != '{')
            {
                return null;
            }

            _position++;
            var alignments = new List<string>();
            while (!AtEnd && source[_position] != '}')
            {
                var c = source[_position++];
                switch (c)
                {
                    case 'l':
                        alignments.Add("left");
                        break;
                    case 'c':
                        alignments.Add("center");
                        break;
                    case 'r':
                        alignments.Add("right");
                        break;
                    case '|' or ' ' or ':':
                        break;
                    default:
                        return null;
                }
            }

            if (AtEnd || alignments.Count == 0)
            {
                return null;
            }

            _position++;
            return alignments.All(a => a == "center") ? "center" : string.Join(' ', alignments);
        }

        /// <summary>The optional <c>[2pt]</c> after <c>\\</c>: row spacing MathML leaves to the renderer.</summary>
        private void SkipRowSpacing()
        {
            SkipSpaces();
            if (Peek() != '[')
            {
                return;
            }

            var close = source.IndexOf(']', _position);
            if (close > 0 && close - _position < 16)
            {
                _position = close + 1;
            }
        }
    }
}
