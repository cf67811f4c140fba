namespace PaperSite.Cli;

internal static class Program
{
    private static int Main(string[] args) => PaperSiteCommand.Run(args, Console.Out, Console.Error, Progress.ConsoleEnvironment.FromConsole());
}
