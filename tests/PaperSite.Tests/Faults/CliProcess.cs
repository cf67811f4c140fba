using System.Diagnostics;
using System.Text;
using PaperSite.Tests.Cli;

namespace PaperSite.Tests.Faults;

/// <summary>
/// The real <c>papersite</c> program as a child process (<c>dotnet papersite.dll</c>, built beside the
/// tests), for what only a separate process can show: being killed, and two builds at once.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private CliProcess(Process process) => _process = process;

    public static string Program { get; } = Path.Combine(AppContext.BaseDirectory, "papersite.dll");

    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => Append(cli._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(cli._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end, within a generous hang guard.</summary>
    public static CliRunner.Outcome Run(params string[] args)
    {
        using var cli = Start(args);
        return cli.WaitForExit(TimeSpan.FromMinutes(2));
    }

    public CliRunner.Outcome WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"papersite did not finish within {timeout.TotalSeconds} s");
        }

        _process.WaitForExit();
        lock (_output)
        {
            lock (_error)
            {
                return new CliRunner.Outcome(_process.ExitCode, _output.ToString(), _error.ToString());
            }
        }
    }

    /// <summary>SIGKILL: the process gets no chance to clean up.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        _process.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }
}
