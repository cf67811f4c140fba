using PaperSite.Diagnostics;
using PaperSite.Output;
using PaperSite.Testing;

namespace PaperSite.Tests.Faults;

/// <summary>
/// A patch of the output folder in place (a small change published by moving its files in) is whole, and a patch
/// cut short at any move is undone: at once when a move fails, by the next build to open the folder when killed.
/// </summary>
public sealed class OutputPatchTests : IDisposable
{
    // Four moves: the old home page aside, the new one in, paper z in, paper y aside.
    private const int Moves = 4;
    private static readonly string[] Written = ["index.html", "papers/z/index.html"];
    private static readonly string[] Removed = ["papers/y/index.html"];

    private readonly TestSite _site = TestSite.Create("", withDefaultSettings: false);

    private string Output => Path.Combine(_site.Root, "output");

    private string Staging => Path.Combine(_site.Root, ".output.staging-test");

    private string PatchFolder => Path.Combine(_site.Root, ".output.patch-test");

    [Fact]
    public void A_whole_patch_replaces_adds_and_removes_and_leaves_no_empty_folder()
    {
        Prepare();

        OutputPatch.Apply(Output, Staging, PatchFolder, Written, Removed);

        Assert.Equal(Site(("index.html", "new home"), ("papers/x/index.html", "x"), ("papers/z/index.html", "z")), Files(Output));
        Assert.Equal(["papers", "papers/x", "papers/z"], Folders(Output));
        Assert.False(OutputPatch.Undo(Output, null, PatchFolder), "a whole patch has nothing left to undo");
    }

    [Fact]
    public void A_patch_killed_after_any_move_is_undone_by_the_next_build_to_open_the_folder()
    {
        for (var killedAt = 1; killedAt <= Moves; killedAt++)
        {
            Prepare();
            var before = Files(Output);
            var folders = Folders(Output);

            Assert.Throws<KilledHere>(() => OutputPatch.Apply(Output, Staging, PatchFolder, Written, Removed, moves => StopAt(moves, killedAt, new KilledHere())));
            Directory.Delete(Staging, recursive: true);
            using (var opened = OutputFolder.Open(Output, new DiagnosticBag(), "output"))
            {
                Assert.NotNull(opened);
            }

            Assert.True(before.SequenceEqual(Files(Output)), $"killed after move {killedAt}: the output is not the previous site");
            Assert.Equal(folders, Folders(Output));
        }
    }

    [Fact]
    public void A_patch_whose_move_fails_is_undone_at_once_with_every_written_file_back_in_staging()
    {
        for (var failedAt = 1; failedAt <= Moves; failedAt++)
        {
            Prepare();
            var before = Files(Output);
            var staged = Files(Staging);

            Assert.Throws<IOException>(() => OutputPatch.Apply(Output, Staging, PatchFolder, Written, Removed, moves => StopAt(moves, failedAt, new IOException("No space left on device"))));

            Assert.True(before.SequenceEqual(Files(Output)), $"failed at move {failedAt}: the output is not the previous site");
            Assert.True(staged.SequenceEqual(Files(Staging)), $"failed at move {failedAt}: the staged files are not all back");
            Assert.False(OutputPatch.Undo(Output, Staging, PatchFolder));
        }
    }

    private static void StopAt(int moves, int stopAt, Exception how)
    {
        if (moves == stopAt)
        {
            throw how;
        }
    }

    private void Prepare()
    {
        foreach (var folder in new[] { Output, Staging, PatchFolder }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        Write(Output, "index.html", "old home");
        Write(Output, "papers/x/index.html", "x");
        Write(Output, "papers/y/index.html", "y");
        Write(Staging, "index.html", "new home");
        Write(Staging, "papers/z/index.html", "z");
    }

    private static void Write(string root, string path, string text)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private static SortedDictionary<string, string> Site(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(file => file.Path, file => file.Text), StringComparer.Ordinal);

    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    private static List<string> Folders(string root) =>
        [.. Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(folder => Path.GetRelativePath(root, folder).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public void Dispose() => _site.Dispose();

    private sealed class KilledHere : Exception;
}
