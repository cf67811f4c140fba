using System.Collections.Frozen;

namespace PaperSite.Abstracts;

/// <summary>The LaTeX commands <see cref="LatexToMathMl"/> knows that stand for one character, grouped by how MathML shows them.</summary>
internal static class LatexSymbols
{
    /// <summary>Identifiers (<c>&lt;mi&gt;</c>): lowercase Greek, italic like Latin letters, and symbols used as variables.</summary>
    public static readonly FrozenDictionary<string, string> Identifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["emptyset"] = "∅", ["varnothing"] = "∅", ["ell"] = "ℓ",
        ["hbar"] = "ℏ", ["Re"] = "ℜ", ["Im"] = "ℑ", ["aleph"] = "ℵ", ["top"] = "⊤", ["bot"] = "⊥", ["dagger"] = "†",
        ["angle"] = "∠", ["triangle"] = "△", ["Box"] = "□",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Uppercase Greek, upright in LaTeX (a single-letter <c>&lt;mi&gt;</c> would otherwise be italic).</summary>
    public static readonly FrozenDictionary<string, string> UprightIdentifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Operators, relations, arrows and punctuation (<c>&lt;mo&gt;</c>).</summary>
    public static readonly FrozenDictionary<string, string> Operators = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["times"] = "×", ["cdot"] = "⋅", ["pm"] = "±", ["mp"] = "∓", ["div"] = "÷", ["ast"] = "∗", ["star"] = "⋆",
        ["circ"] = "∘", ["bullet"] = "∙", ["oplus"] = "⊕", ["ominus"] = "⊖", ["otimes"] = "⊗", ["odot"] = "⊙",
        ["cup"] = "∪", ["cap"] = "∩", ["setminus"] = "∖", ["wedge"] = "∧", ["land"] = "∧", ["vee"] = "∨", ["lor"] = "∨",
        ["neg"] = "¬", ["lnot"] = "¬",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["leqslant"] = "⩽", ["geqslant"] = "⩾",
        ["neq"] = "≠", ["ne"] = "≠", ["lt"] = "<", ["gt"] = ">", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃",
        ["cong"] = "≅", ["equiv"] = "≡", ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫", ["prec"] = "≺", ["succ"] = "≻",
        ["preceq"] = "⪯", ["succeq"] = "⪰", ["triangleq"] = "≜", ["coloneqq"] = "≔", ["doteq"] = "≐",
        ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["subset"] = "⊂", ["subseteq"] = "⊆", ["supset"] = "⊃",
        ["supseteq"] = "⊇", ["subsetneq"] = "⊊", ["perp"] = "⊥", ["parallel"] = "∥", ["mid"] = "∣", ["vdash"] = "⊢",
        ["models"] = "⊨",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["leftrightarrow"] = "↔",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["iff"] = "⟺", ["implies"] = "⟹",
        ["impliedby"] = "⟸", ["mapsto"] = "↦", ["longrightarrow"] = "⟶", ["longleftarrow"] = "⟵",
        ["Longrightarrow"] = "⟹", ["hookrightarrow"] = "↪", ["uparrow"] = "↑", ["downarrow"] = "↓",
        ["rightleftharpoons"] = "⇌",
        ["forall"] = "∀", ["exists"] = "∃", ["nexists"] = "∄", ["therefore"] = "∴", ["because"] = "∵",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["vdots"] = "⋮", ["ddots"] = "⋱", ["prime"] = "′",
        ["colon"] = ":", ["vert"] = "|", ["Vert"] = "‖", ["lvert"] = "|", ["rvert"] = "|", ["lVert"] = "‖", ["rVert"] = "‖",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉",
        ["lbrace"] = "{", ["rbrace"] = "}", ["backslash"] = "\\",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Big operators whose limits go below and above in display style and beside them inline.</summary>
    public static readonly FrozenDictionary<string, string> LargeOperators = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["bigcup"] = "⋃", ["bigcap"] = "⋂", ["bigoplus"] = "⨁",
        ["bigotimes"] = "⨂", ["bigvee"] = "⋁", ["bigwedge"] = "⋀",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Integrals: their limits stay beside them, as in LaTeX.</summary>
    public static readonly FrozenDictionary<string, string> Integrals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["int"] = "∫", ["iint"] = "∬", ["iiint"] = "∭", ["oint"] = "∮",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Named functions set upright (<c>\log</c>, <c>\sin</c>, ...).</summary>
    public static readonly FrozenSet<string> Functions = new[]
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "log", "ln", "lg", "exp", "dim", "ker", "deg", "hom", "arg", "sgn",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Named functions whose subscript goes below in display style (<c>\lim_{n\to\infty}</c>, <c>\max_x</c>).</summary>
    public static readonly FrozenDictionary<string, string> LimitFunctions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lim"] = "lim", ["liminf"] = "lim inf", ["limsup"] = "lim sup", ["max"] = "max", ["min"] = "min",
        ["sup"] = "sup", ["inf"] = "inf", ["det"] = "det", ["gcd"] = "gcd", ["Pr"] = "Pr", ["argmax"] = "arg max",
        ["argmin"] = "arg min",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Accents over (or under) their argument, with the character MathML stretches or places.</summary>
    public static readonly FrozenDictionary<string, (string Mark, bool Under)> Accents = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["hat"] = ("^", false), ["widehat"] = ("^", false), ["bar"] = ("¯", false), ["overline"] = ("‾", false),
        ["tilde"] = ("~", false), ["widetilde"] = ("~", false), ["vec"] = ("→", false), ["dot"] = ("˙", false),
        ["ddot"] = ("¨", false), ["check"] = ("ˇ", false), ["breve"] = ("˘", false), ["underline"] = ("_", true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, MathFont> Fonts = new Dictionary<string, MathFont>(StringComparer.Ordinal)
    {
        ["mathrm"] = MathFont.Upright, ["mathup"] = MathFont.Upright, ["mathit"] = MathFont.None,
        ["mathbf"] = MathFont.Bold, ["boldsymbol"] = MathFont.BoldItalic, ["bm"] = MathFont.BoldItalic,
        ["mathcal"] = MathFont.Script, ["mathscr"] = MathFont.Script, ["mathfrak"] = MathFont.Fraktur,
        ["mathbb"] = MathFont.DoubleStruck, ["mathsf"] = MathFont.SansSerif, ["mathtt"] = MathFont.Monospace,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Text-mode commands whose argument is shown as text.</summary>
    public static readonly FrozenSet<string> TextCommands = new[]
    {
        "text", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "mbox", "hbox",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Spacing commands and their width in em, as LaTeX sets them.</summary>
    public static readonly FrozenDictionary<string, string> Spaces = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [","] = "0.1667em", [":"] = "0.2222em", [">"] = "0.2222em", [";"] = "0.2778em", ["!"] = "-0.1667em",
        [" "] = "0.3333em", ["quad"] = "1em", ["qquad"] = "2em", ["thinspace"] = "0.1667em",
        ["enspace"] = "0.5em",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands that only change sizes or spacing LaTeX's way; MathML does that itself, so they are dropped.</summary>
    public static readonly FrozenSet<string> Ignored = new[]
    {
        "displaystyle", "textstyle", "scriptstyle", "limits", "nolimits", "nonumber", "notag",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Size commands before a delimiter (<c>\big(</c>): the delimiter is kept, the size left to the reader's font.</summary>
    public static readonly FrozenSet<string> DelimiterSizes = new[]
    {
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr",
    }.ToFrozenSet(StringComparer.Ordinal);
}
