namespace DeploymentSdk.Nomad;

/// <summary>Arguments for CNI plugins.</summary>
public sealed class CniConfig : ApiModel
{
    /// <summary>Key-value arguments passed to the CNI plugins.</summary>
    public IDictionary<string, string>? Args { get; set; }
}
