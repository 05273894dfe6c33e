namespace DeploymentSdk.Nomad;

/// <summary>Changes to HTTP headers made by a gateway.</summary>
public sealed class ConsulHttpHeaderModifiers : ApiModel
{
    /// <summary>Headers to add (keeping existing values).</summary>
    public IDictionary<string, string>? Add { get; set; }

    /// <summary>Headers to set (replacing existing values).</summary>
    public IDictionary<string, string>? Set { get; set; }

    /// <summary>Headers to remove.</summary>
    public IList<string>? Remove { get; set; }
}
