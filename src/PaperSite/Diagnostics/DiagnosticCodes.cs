namespace PaperSite.Diagnostics;

/// <summary>
/// Every diagnostic code PaperSite reports. Codes never change meaning, so CI scripts may match on them.
/// Each has a one-line meaning in <see cref="DiagnosticMeanings"/>, from which the documentation's tables are made.
/// PS00xx: the file itself; PS01xx: a paper record; PS02xx: site settings; PS03xx: the theme; PS04xx: writing output; PS05xx: importing BibTeX and arXiv Atom files.
/// </summary>
public static class DiagnosticCodes
{
    public const string YamlSyntax = "PS0001";
    public const string InvalidEncoding = "PS0002";
    public const string NotAMapping = "PS0003";
    public const string AnchorOrAlias = "PS0004";
    public const string DuplicateKey = "PS0005";
    public const string TooDeep = "PS0006";
    public const string FileTooLarge = "PS0007";
    public const string Unreadable = "PS0008";
    public const string SymbolicLink = "PS0009";

    public const string MissingKey = "PS0101";
    public const string UnknownKey = "PS0102";
    public const string InvalidDate = "PS0103";
    public const string InvalidId = "PS0104";
    public const string DuplicateId = "PS0105";
    public const string InvalidUrl = "PS0106";
    public const string InvalidNumber = "PS0107";
    public const string WrongType = "PS0108";
    public const string InvalidArxivId = "PS0109";
    public const string InvalidDoi = "PS0110";
    public const string EmptyValue = "PS0111";
    public const string InvalidOrcid = "PS0112";
    public const string SimilarTags = "PS0113";
    public const string NoPapers = "PS0114";
    public const string TooLong = "PS0115";
    public const string InvalidMarkdown = "PS0116";
    public const string InvisibleCharacters = "PS0117";
    public const string MixedScripts = "PS0118";
    public const string MathUnknownCommand = "PS0119";
    public const string MathMacroStopped = "PS0120";
    public const string DuplicatePaper = "PS0121";
    public const string SimilarTitles = "PS0122";
    public const string FutureDate = "PS0123";
    public const string PlaceholderAbstract = "PS0124";
    public const string AuthorsInOneString = "PS0125";
    public const string ArxivIdRewritten = "PS0126";

    public const string MissingSiteSettings = "PS0201";
    public const string InvalidSiteSetting = "PS0202";

    public const string TemplateError = "PS0301";
    public const string TemplateMissing = "PS0302";
    public const string TemplateUndefinedVariable = "PS0303";
    public const string TemplateUnused = "PS0304";

    public const string OutputError = "PS0401";
    public const string OutputLocked = "PS0402";
    public const string SiteTooLarge = "PS0403";

    public const string ImportSyntax = "PS0501";
    public const string ImportFormat = "PS0502";
    public const string ImportMissingField = "PS0503";
    public const string ImportInvalidValue = "PS0504";
    public const string ImportNoAbstract = "PS0505";
    public const string ImportNothingFound = "PS0506";
    public const string ImportDroppedValue = "PS0507";
    public const string ImportRecordInvalid = "PS0508";
    public const string ImportUndefinedMacro = "PS0509";
    public const string ImportRepeatedField = "PS0510";
    public const string ImportNoPublishedDate = "PS0511";
}
