using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The original source (HCL or JSON) a job version was submitted from.</summary>
public sealed class JobSubmission : ApiModel
{
    /// <summary>The job specification as submitted.</summary>
    public string? Source { get; set; }

    /// <summary>The format of <see cref="Source"/>: hcl2 or json (hcl1 for old submissions).</summary>
    public string? Format { get; set; }

    /// <summary>HCL variables given as <c>-var</c> flags.</summary>
    public IDictionary<string, string>? VariableFlags { get; set; }

    /// <summary>The content of an HCL variables file.</summary>
    public string? Variables { get; set; }

    /// <summary>The namespace of the job (set by the server).</summary>
    public string? Namespace { get; set; }

    /// <summary>The job ID (set by the server).</summary>
    [JsonPropertyName("JobID")]
    public string? JobId { get; set; }

    /// <summary>The job version the source belongs to (set by the server).</summary>
    public ulong? Version { get; set; }

    /// <summary>The job modify index of that version (set by the server).</summary>
    public ulong? JobModifyIndex { get; set; }
}
