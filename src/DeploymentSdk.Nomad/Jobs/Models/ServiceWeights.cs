namespace DeploymentSdk.Nomad;

/// <summary>DNS SRV weights of a Consul service.</summary>
public sealed class ServiceWeights : ApiModel
{
    /// <summary>The weight while the service passes its checks.</summary>
    public int? Passing { get; set; }

    /// <summary>The weight while a check warns.</summary>
    public int? Warning { get; set; }
}
