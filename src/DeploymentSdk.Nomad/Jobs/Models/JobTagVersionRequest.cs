namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/job/:id/versions/:tag/tag</c>.</summary>
internal sealed class JobTagVersionRequest
{
    /// <summary>The version to tag.</summary>
    public ulong? Version { get; set; }

    /// <summary>The tag description.</summary>
    public string? Description { get; set; }
}
