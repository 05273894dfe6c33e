namespace DeploymentSdk.Nomad;

/// <summary>The Consul cluster a group or task uses.</summary>
public sealed class Consul : ApiModel
{
    /// <summary>The Consul namespace (Enterprise).</summary>
    public string? Namespace { get; set; }

    /// <summary>The Consul cluster name from the agent configuration; the server default is <c>default</c>.</summary>
    public string? Cluster { get; set; }

    /// <summary>The Consul admin partition (Enterprise).</summary>
    public string? Partition { get; set; }
}
