namespace DeploymentSdk.CloudFoundry;

/// <summary>A process type of a revision (a value of <c>processes</c>).</summary>
public sealed class RevisionProcess : ApiModel
{
    /// <summary>The start command; null for the droplet's default.</summary>
    public string? Command { get; set; }
}
