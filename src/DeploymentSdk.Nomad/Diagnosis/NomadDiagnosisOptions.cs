namespace DeploymentSdk.Nomad;

/// <summary>What a diagnosis reads besides the allocations, their task events and checks.</summary>
/// <remarks>
/// Defaults: no logs (<see cref="IncludeLogs"/> is opt-in: it reads from the client nodes and needs <c>read-logs</c>), 20 lines,
/// 16 KiB per log, standard error only, at most 5 allocations, at most 5 decisive events per task.
/// </remarks>
[System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Diagnosis, UrlFormat = NomadExperiments.UrlFormat)]
public sealed class NomadDiagnosisOptions
{
    /// <summary>Read the tail of each failing task's standard error (and of standard output with <see cref="IncludeStdout"/>).</summary>
    public bool IncludeLogs { get; set; }

    /// <summary>With <see cref="IncludeLogs"/>, read standard output too.</summary>
    public bool IncludeStdout { get; set; }

    /// <summary>How many of the last lines of a log to keep; more than 0.</summary>
    public int LogLines { get; set; } = 20;

    /// <summary>How many bytes at the end of a log to read at most; more than 0.</summary>
    public int MaxLogBytes { get; set; } = 16 * 1024;

    /// <summary>How many failed or unhealthy allocations to explain (the most recent first); more than 0.</summary>
    public int MaxAllocations { get; set; } = 5;

    /// <summary>How many decisive task events to keep per task (the last ones); more than 0.</summary>
    public int MaxEvents { get; set; } = 5;

    /// <summary>Region and namespace of the reads; <see langword="null"/> uses the client's.</summary>
    public NomadQueryOptions? Query { get; set; }

    internal void Validate(string paramName)
    {
        if (LogLines <= 0 || MaxLogBytes <= 0 || MaxAllocations <= 0 || MaxEvents <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, "NomadDiagnosisOptions.LogLines, MaxLogBytes, MaxAllocations and MaxEvents must be more than 0.");
        }
    }
}
