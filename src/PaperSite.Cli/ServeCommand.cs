using System.CommandLine;
using PaperSite.Cli.Progress;
using PaperSite.Cli.Serving;

namespace PaperSite.Cli;

/// <summary>
/// <c>papersite serve</c>: builds the site, serves it on 127.0.0.1, rebuilds when a source changes and
/// reloads open pages; runs until Ctrl+C. Exit code 1 only when it cannot start (the port is taken).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error, ConsoleEnvironment console)
    {
        var root = PaperSiteCommand.RootOption();
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1. Defaults to {ServeOptions.DefaultPort}; 0 takes any free port.",
            DefaultValueFactory = _ => ServeOptions.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be a whole number from 0 to 65535.");
            }
        });
        var quiet = PaperSiteCommand.QuietOption();
        var command = new Command("serve", "Build the site, serve it on 127.0.0.1, rebuild on change and reload the browser.") { root, port, quiet };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServeOptions { Root = parse.GetValue(root)!, Port = parse.GetValue(port), Quiet = parse.GetValue(quiet) };
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, output, error, console, cancellationToken);
            }
            catch (DirectoryNotFoundException problem)
            {
                error.WriteLine($"error: {problem.Message}");
                return 1;
            }
            catch (IOException problem)
            {
                error.WriteLine($"error: cannot serve on 127.0.0.1:{options.Port}: {problem.Message} Choose another port with --port.");
                return 1;
            }
            catch (OperationCanceledException)
            {
                return 1;
            }

            await using (server)
            {
                // The address is printed even with --quiet: without it there is nothing to open.
                output.WriteLine(options.Quiet ? server.SiteUrl.AbsoluteUri : $"Serving {server.SiteUrl} (press Ctrl+C to stop). Watching input/ and theme/ for changes.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: stop cleanly.
                }
            }

            if (!options.Quiet)
            {
                output.WriteLine("Stopped.");
            }

            return 0;
        });
        return command;
    }
}
