using System.Text.Json;

namespace DeploymentSdk.Nomad;

/// <summary>What a scaling request records besides the new count (<c>POST /v1/job/:job_id/scale</c>).</summary>
public sealed class JobScaleOptions : NomadWriteOptions
{
    /// <summary>Why the group is scaled; recorded in the scaling event.</summary>
    public string? Message { get; set; }

    /// <summary>Record the event as an error (a scaling attempt that failed) instead of a change.</summary>
    public bool Error { get; set; }

    /// <summary>Metadata recorded in the scaling event.</summary>
    public IDictionary<string, JsonElement>? Meta { get; set; }

    /// <summary>Override soft-mandatory Sentinel policies (Enterprise).</summary>
    public bool PolicyOverride { get; set; }

    /// <summary>Check-and-set: scale only if the job's <see cref="Job.JobModifyIndex"/> equals this value; 0 or <see langword="null"/> scales unconditionally.</summary>
    public ulong? EnforceJobModifyIndex { get; set; }
}
