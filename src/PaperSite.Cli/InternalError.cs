namespace PaperSite.Cli;

/// <summary>
/// Expected failures (bad input, a full disk, a missing folder) come back as diagnostics. Anything else that
/// escapes the engine is a bug in PaperSite: it is reported in one line asking for a report, with the stack
/// trace only under --verbose, instead of a wall of runtime output.
/// </summary>
internal static class InternalError
{
    public static T? Run<T>(Func<T> work, bool verbose, TextWriter error)
        where T : class
    {
        try
        {
            return work();
        }
        catch (Exception bug)
        {
            error.WriteLine($"internal error, please report: {bug.GetType().Name}: {bug.Message}{(verbose ? "" : " (run with --verbose for the stack trace)")}");
            if (verbose)
            {
                error.WriteLine(bug.ToString());
            }

            return null;
        }
    }

    /// <summary>A value that only decides how a message reads: an odd path must not turn it into a crash.</summary>
    public static T Guard<T>(Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return fallback;
        }
    }
}
