namespace DeploymentSdk.Nomad;

/// <summary>The streams and terminal of a command run in a task (exec, job actions).</summary>
/// <remarks>Defaults: no TTY, no input (standard input is closed at once), output discarded, no resizes.</remarks>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadExecOptions
{
    /// <summary>Run the command with a pseudo-terminal (<c>tty=true</c>); standard error then arrives on standard output.</summary>
    public bool Tty { get; set; }

    /// <summary>Read and sent as the command's standard input until its end, which closes the command's input.</summary>
    public Stream? Stdin { get; set; }

    /// <summary>Receives the command's standard output.</summary>
    public Stream? Stdout { get; set; }

    /// <summary>Receives the command's standard error.</summary>
    public Stream? Stderr { get; set; }

    /// <summary>Terminal sizes to send as they come (the first one right away), for a command run with <see cref="Tty"/>.</summary>
    public IAsyncEnumerable<NomadTerminalSize>? TerminalSizes { get; set; }

    /// <summary>Region and namespace.</summary>
    public NomadQueryOptions? Query { get; set; }
}
