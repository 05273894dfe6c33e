using System.Globalization;

namespace DeploymentSdk.Samples.Cli;

/// <summary>The command line: the command words and the flags.</summary>
internal sealed class CliOptions
{
    public List<string> Words { get; } = [];

    public bool Json { get; private set; }

    public string? Namespace { get; private set; }

    public string? Prefix { get; private set; }

    public string? Job { get; private set; }

    public int? PerPage { get; private set; }

    public List<string> Groups { get; } = [];

    public TimeSpan? Timeout { get; private set; }

    /// <summary>Reads the arguments; <see langword="null"/> when a flag is unknown or lacks its value.</summary>
    public static CliOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new CliOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                options.Words.Add(arg);
                continue;
            }

            if (arg == "--json")
            {
                options.Json = true;
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return null;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--namespace":
                    options.Namespace = value;
                    break;
                case "--prefix":
                    options.Prefix = value;
                    break;
                case "--job":
                    options.Job = value;
                    break;
                case "--group":
                    options.Groups.Add(value);
                    break;
                case "--per-page" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var perPage) && perPage > 0:
                    options.PerPage = perPage;
                    break;
                case "--timeout" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options.Timeout = TimeSpan.FromSeconds(seconds);
                    break;
                default:
                    return null;
            }
        }

        return options.Words.Count == 0 ? null : options;
    }
}
