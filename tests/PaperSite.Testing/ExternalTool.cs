using System.Diagnostics;

namespace PaperSite.Testing;

/// <summary>
/// Runs an outside checker (java, python, ...) and captures its output. A missing tool fails the
/// test with the command that installs it: these checks are part of the suite, never skipped.
/// </summary>
public static class ExternalTool
{
    public sealed record Outcome(int ExitCode, string Output, string Error);

    public static string Require(string path, string installHint)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing; {installHint} (.ci/run installs everything the tests need).");
        }

        return path;
    }

    public static Outcome Run(string fileName, IEnumerable<string> arguments, TimeSpan timeout, string? input = null,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish within {timeout}.");
        }

        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
