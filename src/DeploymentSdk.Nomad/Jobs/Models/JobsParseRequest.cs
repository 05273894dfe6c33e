using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/jobs/parse</c>.</summary>
internal sealed class JobsParseRequest
{
    /// <summary>The HCL job specification.</summary>
    [JsonPropertyName("JobHCL")]
    public string? JobHcl { get; set; }

    /// <summary>HCL variables, in variables-file format.</summary>
    public string? Variables { get; set; }

    /// <summary>Whether the server fills in defaults.</summary>
    public bool? Canonicalize { get; set; }
}
