using System.Globalization;
using System.Text;
using PaperSite.Pipeline;

namespace PaperSite.Cli.Progress;

/// <summary>
/// Shows one build's progress on stderr. Nothing appears until the build has run for a moment (a quick build
/// prints nothing); from then on every finished stage is a line with its count and time, and in the
/// <see cref="ProgressStyle.Live"/> style the running stage is a bar redrawn in place. Reports arrive
/// synchronously from the build's threads, so no line can come after the build's summary.
/// </summary>
internal sealed class ProgressDisplay : IProgress<BuildProgress>
{
    private const int BarWidth = 24;

    /// <summary>A stage of fewer items gets no lines of its own in a log, only its finished line.</summary>
    private const int LinesFrom = 1_000;
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly ProgressStyle _style;
    private readonly bool _color;
    private readonly TimeSpan _delay;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly Lock _gate = new();
    private readonly List<string> _waiting = [];
    private bool _showing;
    private string? _stage;
    private long _stageStarted;
    private int _done;
    private int _total;
    private int _lastTenth;
    private long _lastDrawn;
    private int _drawnWidth;

    public ProgressDisplay(TextWriter error, ProgressStyle style, bool color, TimeSpan delay, TimeProvider clock)
    {
        _error = error;
        _style = style;
        _color = color && style == ProgressStyle.Live;
        _delay = delay;
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    public void Report(BuildProgress value)
    {
        if (_style == ProgressStyle.None)
        {
            return;
        }

        lock (_gate)
        {
            var force = value.Kind == BuildProgressKind.Started;
            switch (value.Kind)
            {
                case BuildProgressKind.Started:
                    (_stage, _stageStarted, _done, _total, _lastTenth) = (value.Stage, _clock.GetTimestamp(), 0, 0, 0);
                    break;
                case BuildProgressKind.Advanced when value.Stage == _stage:
                    // The first count of a stage is drawn at once; later ones at most every RedrawInterval.
                    force = _total == 0;
                    (_done, _total) = (Math.Max(_done, value.Done), value.Total);
                    break;
                case BuildProgressKind.Finished:
                    Finished(value);
                    break;
            }

            if (!_showing && _clock.GetElapsedTime(_started) >= _delay)
            {
                _showing = true;
                foreach (var line in _waiting)
                {
                    _error.WriteLine(line);
                }

                _waiting.Clear();
            }

            if (_showing && value.Kind != BuildProgressKind.Finished)
            {
                ShowRunning(force);
            }
        }
    }

    /// <summary>Clears the bar, if one is drawn: called once the build is over, whatever its outcome.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            ClearBar();
            _stage = null;
        }
    }

    private void Finished(BuildProgress value)
    {
        var seconds = _clock.GetElapsedTime(_stageStarted).TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var count = value.Done > 0 ? value.Done.ToString("N0", CultureInfo.InvariantCulture) : "";
        var line = $"  {Paint("1", $"{value.Stage,-15}")} {count,8} {seconds,7} s";
        _stage = null;
        if (_showing)
        {
            ClearBar();
            _error.WriteLine(line);
        }
        else
        {
            _waiting.Add(line);
        }
    }

    private void ShowRunning(bool force)
    {
        if (_stage is null)
        {
            return;
        }

        if (_style == ProgressStyle.Lines)
        {
            // A log gets a line at each tenth of a stage long enough to need one, not a redraw.
            var tenth = _total >= LinesFrom ? (int)((long)_done * 10 / _total) : 0;
            if (tenth > _lastTenth && _done < _total)
            {
                _lastTenth = tenth;
                _error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {_stage}: {_done:N0} of {_total:N0}"));
            }

            return;
        }

        var now = _clock.GetTimestamp();
        if (!force && _clock.GetElapsedTime(_lastDrawn, now) < RedrawInterval)
        {
            return;
        }

        _lastDrawn = now;
        var text = new StringBuilder();
        text.Append("  ").Append(CultureInfo.InvariantCulture, $"{_stage,-15}").Append(' ');
        var plainWidth = 2 + 15 + 1;
        if (_total > 0)
        {
            var filled = (int)((long)_done * BarWidth / _total);
            var counts = string.Create(CultureInfo.InvariantCulture, $" {_done * 100L / _total,3}% {_done:N0}/{_total:N0}");
            text.Append(Paint("32", new string('#', filled))).Append(Paint("2", new string('-', BarWidth - filled))).Append(counts);
            plainWidth += BarWidth + counts.Length;
        }
        else
        {
            text.Append("...");
            plainWidth += 3;
        }

        ClearBar();
        _error.Write(text.ToString());
        _error.Flush();
        _drawnWidth = plainWidth;
    }

    /// <summary>Overwrites the bar with spaces: no cursor codes, so NO_COLOR output holds no escapes at all.</summary>
    private void ClearBar()
    {
        if (_drawnWidth == 0)
        {
            return;
        }

        _error.Write('\r');
        _error.Write(new string(' ', _drawnWidth));
        _error.Write('\r');
        _error.Flush();
        _drawnWidth = 0;
    }

    private string Paint(string code, string text) => _color && text.Length > 0 ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
