namespace PaperSite.Rendering;

/// <summary>What a template produces, which decides how every value written into it is escaped.</summary>
public enum OutputFormat
{
    Html,
    Xml,
    Json,
}
