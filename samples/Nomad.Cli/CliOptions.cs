namespace DeploymentSdk.Samples.Cli;

/// <summary>What the command line asked for, read from System.CommandLine's parse result by <see cref="CommandLine"/>.</summary>
internal sealed class CliOptions
{
    public bool Json { get; init; }

    public string? Namespace { get; init; }

    public string? Prefix { get; init; }

    public string? Job { get; init; }

    public int? PerPage { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public ulong? Index { get; init; }
}
