namespace DeploymentSdk.Nomad;

/// <summary>The CNI configuration of an allocated network.</summary>
public sealed class AllocatedNetworkCni : ApiModel
{
    /// <summary>The arguments passed to the CNI plugins.</summary>
    public IDictionary<string, string>? Args { get; set; }
}
