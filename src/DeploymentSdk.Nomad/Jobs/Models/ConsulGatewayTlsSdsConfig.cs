namespace DeploymentSdk.Nomad;

/// <summary>Where a gateway gets its certificates by SDS.</summary>
public sealed class ConsulGatewayTlsSdsConfig : ApiModel
{
    /// <summary>The SDS cluster name.</summary>
    public string? ClusterName { get; set; }

    /// <summary>The certificate resource name.</summary>
    public string? CertResource { get; set; }
}
