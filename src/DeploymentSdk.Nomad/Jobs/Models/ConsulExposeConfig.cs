namespace DeploymentSdk.Nomad;

/// <summary>Paths a Connect proxy exposes without mTLS.</summary>
public sealed class ConsulExposeConfig : ApiModel
{
    /// <summary>The exposed paths.</summary>
    public IList<ConsulExposePath>? Paths { get; set; }

    /// <summary>Deprecated alias of <see cref="Paths"/>.</summary>
    public IList<ConsulExposePath>? Path { get; set; }
}
