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
        ["hslash"] = "ℏ", ["square"] = "□", ["blacksquare"] = "■", ["checkmark"] = "✓", ["S"] = "§", ["P"] = "¶",
        ["wp"] = "℘", ["mho"] = "℧", ["eth"] = "ð", ["imath"] = "ı", ["jmath"] = "ȷ", ["beth"] = "ℶ", ["gimel"] = "ℷ",
        ["complement"] = "∁", ["varkappa"] = "ϰ", ["digamma"] = "ϝ", ["diamondsuit"] = "♢", ["heartsuit"] = "♡",
        ["clubsuit"] = "♣", ["spadesuit"] = "♠", ["flat"] = "♭", ["natural"] = "♮", ["sharp"] = "♯",
        ["lozenge"] = "◊", ["blacklozenge"] = "⧫", ["bigstar"] = "★", ["measuredangle"] = "∡", ["sphericalangle"] = "∢",
        ["backprime"] = "‵", ["degree"] = "°", ["surd"] = "√", ["ddagger"] = "‡", ["circledS"] = "Ⓢ",
        ["AA"] = "Å", ["Finv"] = "Ⅎ", ["Game"] = "⅁", ["Bbbk"] = "𝕜", ["diagup"] = "╱", ["diagdown"] = "╲",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The upgreek package's upright small Greek (<c>\upmu</c> for micro), and uppercase Greek, upright in LaTeX.</summary>
    public static readonly FrozenDictionary<string, string> UprightGreek = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["upalpha"] = "α", ["upbeta"] = "β", ["upgamma"] = "γ", ["updelta"] = "δ", ["upepsilon"] = "ϵ", ["upvarepsilon"] = "ε",
        ["upzeta"] = "ζ", ["upeta"] = "η", ["uptheta"] = "θ", ["upiota"] = "ι", ["upkappa"] = "κ", ["uplambda"] = "λ",
        ["upmu"] = "μ", ["upnu"] = "ν", ["upxi"] = "ξ", ["uppi"] = "π", ["uprho"] = "ρ", ["upsigma"] = "σ", ["uptau"] = "τ",
        ["upupsilon"] = "υ", ["upphi"] = "ϕ", ["upvarphi"] = "φ", ["upchi"] = "χ", ["uppsi"] = "ψ", ["upomega"] = "ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Uppercase Greek, upright in LaTeX (a single-letter <c>&lt;mi&gt;</c> would otherwise be italic).</summary>
    public static readonly FrozenDictionary<string, string> UprightIdentifiers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["varGamma"] = "𝛤", ["varDelta"] = "𝛥", ["varTheta"] = "𝛩", ["varLambda"] = "𝛬", ["varXi"] = "𝛯", ["varPi"] = "𝛱",
        ["varSigma"] = "𝛴", ["varUpsilon"] = "𝛶", ["varPhi"] = "𝛷", ["varPsi"] = "𝛹", ["varOmega"] = "𝛺",
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
        ["lbrace"] = "{", ["rbrace"] = "}", ["backslash"] = "\\", ["lbrack"] = "[", ["rbrack"] = "]",
        ["llbracket"] = "⟦", ["rrbracket"] = "⟧", ["lgroup"] = "⟮", ["rgroup"] = "⟯", ["ulcorner"] = "⌜", ["urcorner"] = "⌝",
        ["llcorner"] = "⌞", ["lrcorner"] = "⌟",
        ["lesssim"] = "≲", ["gtrsim"] = "≳", ["lessapprox"] = "⪅", ["gtrapprox"] = "⪆", ["lesseqgtr"] = "⋚", ["gtreqless"] = "⋛",
        ["lessgtr"] = "≶", ["gtrless"] = "≷", ["leqq"] = "≦", ["geqq"] = "≧", ["lneq"] = "⪇", ["gneq"] = "⪈", ["lneqq"] = "≨",
        ["gneqq"] = "≩", ["nless"] = "≮", ["ngtr"] = "≯", ["nleq"] = "≰", ["ngeq"] = "≱", ["lll"] = "⋘", ["ggg"] = "⋙",
        ["asymp"] = "≍", ["approxeq"] = "≊", ["backsim"] = "∽", ["eqsim"] = "≂", ["thicksim"] = "∼", ["thickapprox"] = "≈",
        ["nsim"] = "≁", ["ncong"] = "≇", ["bumpeq"] = "≏", ["Bumpeq"] = "≎", ["circeq"] = "≗", ["eqcirc"] = "≖",
        ["doteqdot"] = "≑", ["fallingdotseq"] = "≒", ["risingdotseq"] = "≓", ["coloneq"] = "≔", ["eqqcolon"] = "≕",
        ["vcentcolon"] = ":", ["precsim"] = "≾", ["succsim"] = "≿", ["preccurlyeq"] = "≼", ["succcurlyeq"] = "≽",
        ["nprec"] = "⊀", ["nsucc"] = "⊁", ["between"] = "≬", ["pitchfork"] = "⋔", ["smile"] = "⌣", ["frown"] = "⌢",
        ["nmid"] = "∤", ["nparallel"] = "∦", ["shortmid"] = "∣", ["shortparallel"] = "∥", ["dashv"] = "⊣", ["Vdash"] = "⊩",
        ["vDash"] = "⊨", ["nvdash"] = "⊬", ["nvDash"] = "⊭", ["bowtie"] = "⋈", ["Join"] = "⨝",
        ["sqsubset"] = "⊏", ["sqsupset"] = "⊐", ["sqsubseteq"] = "⊑", ["sqsupseteq"] = "⊒", ["supsetneq"] = "⊋",
        ["subseteqq"] = "⫅", ["supseteqq"] = "⫆", ["subsetneqq"] = "⫋", ["supsetneqq"] = "⫌", ["nsubseteq"] = "⊈",
        ["nsupseteq"] = "⊉", ["Subset"] = "⋐", ["Supset"] = "⋑", ["owns"] = "∋", ["varpropto"] = "∝", ["simeqq"] = "≅",
        ["lhd"] = "⊲", ["rhd"] = "⊳", ["unlhd"] = "⊴", ["unrhd"] = "⊵", ["triangleleft"] = "◃", ["triangleright"] = "▹",
        ["vartriangleleft"] = "⊲", ["vartriangleright"] = "⊳", ["trianglelefteq"] = "⊴", ["trianglerighteq"] = "⊵",
        ["sqcup"] = "⊔", ["sqcap"] = "⊓", ["uplus"] = "⊎", ["amalg"] = "⨿", ["wr"] = "≀", ["diamond"] = "⋄",
        ["Diamond"] = "◊", ["bigtriangleup"] = "△", ["bigtriangledown"] = "▽", ["oslash"] = "⊘", ["bigcirc"] = "◯",
        ["boxplus"] = "⊞", ["boxminus"] = "⊟", ["boxtimes"] = "⊠", ["boxdot"] = "⊡", ["circledast"] = "⊛",
        ["circledcirc"] = "⊚", ["circleddash"] = "⊝", ["intercal"] = "⊺", ["barwedge"] = "⌅", ["veebar"] = "⊻",
        ["curlyvee"] = "⋎", ["curlywedge"] = "⋏", ["ltimes"] = "⋉", ["rtimes"] = "⋊", ["leftthreetimes"] = "⋋",
        ["rightthreetimes"] = "⋌", ["divideontimes"] = "⋇", ["dotplus"] = "∔", ["centerdot"] = "⋅", ["cdotp"] = "⋅",
        ["ldotp"] = ".", ["smallsetminus"] = "∖", ["And"] = "&", ["independent"] = "⫫", ["idotsint"] = "∫⋯∫",
        ["Longleftrightarrow"] = "⟺", ["longleftrightarrow"] = "⟷", ["Longleftarrow"] = "⟸", ["longmapsto"] = "⟼",
        ["hookleftarrow"] = "↩", ["Uparrow"] = "⇑", ["Downarrow"] = "⇓", ["updownarrow"] = "↕", ["Updownarrow"] = "⇕",
        ["nearrow"] = "↗", ["searrow"] = "↘", ["nwarrow"] = "↖", ["swarrow"] = "↙", ["leftharpoonup"] = "↼",
        ["leftharpoondown"] = "↽", ["rightharpoonup"] = "⇀", ["rightharpoondown"] = "⇁", ["leftrightharpoons"] = "⇋",
        ["upharpoonleft"] = "↿", ["upharpoonright"] = "↾", ["downharpoonleft"] = "⇃", ["downharpoonright"] = "⇂",
        ["rightrightarrows"] = "⇉", ["leftleftarrows"] = "⇇", ["rightleftarrows"] = "⇄", ["leftrightarrows"] = "⇆",
        ["twoheadrightarrow"] = "↠", ["twoheadleftarrow"] = "↞", ["rightarrowtail"] = "↣", ["leftarrowtail"] = "↢",
        ["rightsquigarrow"] = "⇝", ["leadsto"] = "⇝", ["leftrightsquigarrow"] = "↭", ["circlearrowleft"] = "↺",
        ["circlearrowright"] = "↻", ["curvearrowleft"] = "↶", ["curvearrowright"] = "↷", ["Lsh"] = "↰", ["Rsh"] = "↱",
        ["looparrowleft"] = "↫", ["looparrowright"] = "↬", ["nrightarrow"] = "↛", ["nleftarrow"] = "↚",
        ["nleftrightarrow"] = "↮", ["nRightarrow"] = "⇏", ["nLeftarrow"] = "⇍", ["nLeftrightarrow"] = "⇎",
        ["Rrightarrow"] = "⇛", ["Lleftarrow"] = "⇚", ["multimap"] = "⊸",
        ["dotsc"] = "…", ["dotsb"] = "⋯", ["dotsm"] = "⋯", ["dotsi"] = "⋯", ["dotso"] = "…", ["mathellipsis"] = "…",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Big operators whose limits go below and above in display style and beside them inline.</summary>
    public static readonly FrozenDictionary<string, string> LargeOperators = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["bigcup"] = "⋃", ["bigcap"] = "⋂", ["bigoplus"] = "⨁",
        ["bigotimes"] = "⨂", ["bigvee"] = "⋁", ["bigwedge"] = "⋀", ["bigodot"] = "⨀", ["biguplus"] = "⨄",
        ["bigsqcup"] = "⨆",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Integrals: their limits stay beside them, as in LaTeX.</summary>
    public static readonly FrozenDictionary<string, string> Integrals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["int"] = "∫", ["iint"] = "∬", ["iiint"] = "∭", ["iiiint"] = "⨌", ["oint"] = "∮", ["oiint"] = "∯",
        ["oiiint"] = "∰", ["intop"] = "∫", ["smallint"] = "∫",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Named functions set upright (<c>\log</c>, <c>\sin</c>, ...).</summary>
    public static readonly FrozenSet<string> Functions = new[]
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "log", "ln", "lg", "exp", "dim", "ker", "deg", "hom", "arg", "sgn", "arccot", "csch", "sech", "tr", "Tr",
        "rank", "diag", "erf", "sign", "cosec",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Named functions whose subscript goes below in display style (<c>\lim_{n\to\infty}</c>, <c>\max_x</c>).</summary>
    public static readonly FrozenDictionary<string, string> LimitFunctions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lim"] = "lim", ["liminf"] = "lim inf", ["limsup"] = "lim sup", ["max"] = "max", ["min"] = "min",
        ["sup"] = "sup", ["inf"] = "inf", ["det"] = "det", ["gcd"] = "gcd", ["Pr"] = "Pr", ["argmax"] = "arg max",
        ["argmin"] = "arg min", ["injlim"] = "inj lim", ["projlim"] = "proj lim", ["varlimsup"] = "lim sup",
        ["varliminf"] = "lim inf", ["esssup"] = "ess sup", ["essinf"] = "ess inf",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Accents over (or under) their argument, with the character MathML stretches or places.</summary>
    public static readonly FrozenDictionary<string, Accent> Accents = new Dictionary<string, Accent>(StringComparer.Ordinal)
    {
        ["hat"] = new("^"), ["widehat"] = new("^", Stretchy: true), ["bar"] = new("¯"), ["overline"] = new("‾", Stretchy: true),
        ["tilde"] = new("~"), ["widetilde"] = new("~", Stretchy: true), ["vec"] = new("→"), ["dot"] = new("˙"),
        ["ddot"] = new("¨"), ["dddot"] = new("⃛"), ["check"] = new("ˇ"), ["widecheck"] = new("ˇ", Stretchy: true),
        ["breve"] = new("˘"), ["acute"] = new("´"), ["grave"] = new("`"), ["mathring"] = new("˚"),
        ["underline"] = new("_", Under: true, Stretchy: true), ["utilde"] = new("~", Under: true, Stretchy: true),
        ["overrightarrow"] = new("→", Stretchy: true), ["overleftarrow"] = new("←", Stretchy: true),
        ["overleftrightarrow"] = new("↔", Stretchy: true), ["underrightarrow"] = new("→", Under: true, Stretchy: true),
        ["underleftarrow"] = new("←", Under: true, Stretchy: true), ["underleftrightarrow"] = new("↔", Under: true, Stretchy: true),
        // A brace carries a label below or above it, as \sum carries its limits.
        ["overbrace"] = new("⏞", Stretchy: true, Limits: true), ["underbrace"] = new("⏟", Under: true, Stretchy: true, Limits: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Arrows that stretch under and over a label: <c>\xrightarrow[below]{above}</c>.</summary>
    public static readonly FrozenDictionary<string, string> ExtensibleArrows = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["xrightarrow"] = "→", ["xleftarrow"] = "←", ["xRightarrow"] = "⇒", ["xLeftarrow"] = "⇐", ["xleftrightarrow"] = "↔",
        ["xLeftrightarrow"] = "⇔", ["xmapsto"] = "↦", ["xhookrightarrow"] = "↪", ["xhookleftarrow"] = "↩",
        ["xrightharpoonup"] = "⇀", ["xrightleftharpoons"] = "⇌", ["xtwoheadrightarrow"] = "↠", ["xlongequal"] = "=",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, MathFont> Fonts = new Dictionary<string, MathFont>(StringComparer.Ordinal)
    {
        ["mathrm"] = MathFont.Upright, ["mathup"] = MathFont.Upright, ["mathit"] = MathFont.Italic, ["mathnormal"] = MathFont.None,
        ["mathbf"] = MathFont.Bold, ["boldsymbol"] = MathFont.BoldItalic, ["bm"] = MathFont.BoldItalic,
        ["mathcal"] = MathFont.Script, ["mathscr"] = MathFont.Script, ["mathfrak"] = MathFont.Fraktur,
        ["mathbb"] = MathFont.DoubleStruck, ["mathbbm"] = MathFont.DoubleStruck, ["mathds"] = MathFont.DoubleStruck, ["mathsf"] = MathFont.SansSerif, ["mathtt"] = MathFont.Monospace,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The old font switches of plain TeX (<c>{\rm d}</c>, <c>{\bf v}</c>, <c>\cal O</c>): unlike <c>\mathrm{…}</c> they
    /// take no argument and set the font for the rest of the group they are in.
    /// </summary>
    public static readonly FrozenDictionary<string, MathFont> FontSwitches = new Dictionary<string, MathFont>(StringComparer.Ordinal)
    {
        ["rm"] = MathFont.Upright, ["bf"] = MathFont.Bold, ["it"] = MathFont.Italic, ["cal"] = MathFont.Script,
        ["sf"] = MathFont.SansSerif, ["tt"] = MathFont.Monospace, ["mit"] = MathFont.None, ["frak"] = MathFont.Fraktur,
        ["Bbb"] = MathFont.DoubleStruck, ["bold"] = MathFont.Bold,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Text-mode commands whose argument is shown as text, with the font each gives its letters.</summary>
    public static readonly FrozenDictionary<string, MathFont> TextCommands = new Dictionary<string, MathFont>(StringComparer.Ordinal)
    {
        ["text"] = MathFont.None, ["textrm"] = MathFont.None, ["textnormal"] = MathFont.None, ["textup"] = MathFont.None,
        ["mbox"] = MathFont.None, ["hbox"] = MathFont.None, ["textit"] = MathFont.Italic, ["emph"] = MathFont.Italic,
        ["textbf"] = MathFont.Bold, ["textsf"] = MathFont.SansSerif, ["texttt"] = MathFont.Monospace, ["textsc"] = MathFont.SmallCaps,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Style switches: the rest of the group is set in display, text or script style, as TeX would.</summary>
    public static readonly FrozenDictionary<string, string> Styles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["displaystyle"] = "displaystyle=\"true\" scriptlevel=\"0\"", ["textstyle"] = "displaystyle=\"false\" scriptlevel=\"0\"",
        ["scriptstyle"] = "displaystyle=\"false\" scriptlevel=\"1\"", ["scriptscriptstyle"] = "displaystyle=\"false\" scriptlevel=\"2\"",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Size switches, as fractions of <c>\normalsize</c> (LaTeX's 10pt sizes): the rest of the group is set that large.</summary>
    public static readonly FrozenDictionary<string, double> Sizes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["tiny"] = 0.5, ["scriptsize"] = 0.7, ["footnotesize"] = 0.8, ["small"] = 0.9, ["normalsize"] = 1,
        ["large"] = 1.2, ["Large"] = 1.44, ["LARGE"] = 1.728, ["huge"] = 2.074, ["Huge"] = 2.488,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Relations with a negated form of their own, for <c>\not</c>; any other gets a combining long solidus.</summary>
    public static readonly FrozenDictionary<string, string> Negations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["="] = "≠", ["&lt;"] = "≮", ["&gt;"] = "≯", ["≤"] = "≰", ["≥"] = "≱", ["∈"] = "∉", ["∋"] = "∌", ["⊂"] = "⊄",
        ["⊃"] = "⊅", ["⊆"] = "⊈", ["⊇"] = "⊉", ["≡"] = "≢", ["∼"] = "≁", ["≈"] = "≉", ["≃"] = "≄", ["≅"] = "≇",
        ["∣"] = "∤", ["∥"] = "∦", ["≺"] = "⊀", ["≻"] = "⊁", ["⪯"] = "⋠", ["⪰"] = "⋡", ["⊢"] = "⊬", ["⊨"] = "⊭",
        ["∃"] = "∄", ["→"] = "↛", ["←"] = "↚", ["↔"] = "↮", ["⇒"] = "⇏", ["⇐"] = "⇍", ["⇔"] = "⇎", ["⊑"] = "⋢",
        ["⊒"] = "⋣", ["≲"] = "≴", ["≳"] = "≵", ["≍"] = "≭", ["⊲"] = "⋪", ["⊳"] = "⋫", ["⊴"] = "⋬", ["⊵"] = "⋭",
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
        "nonumber", "notag", "relax", "strut", "nobreak", "allowbreak", "hfill", "hfil",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Size commands before a delimiter (<c>\big(</c>): the delimiter is kept, the size left to the reader's font.</summary>
    public static readonly FrozenSet<string> DelimiterSizes = new[]
    {
        "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr",
    }.ToFrozenSet(StringComparer.Ordinal);
}

/// <summary>An accent's mark, whether it goes under, whether it stretches to its argument's width, and whether scripts go below and above it.</summary>
internal readonly record struct Accent(string Mark, bool Under = false, bool Stretchy = false, bool Limits = false);
