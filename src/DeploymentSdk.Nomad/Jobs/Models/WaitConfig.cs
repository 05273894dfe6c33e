namespace DeploymentSdk.Nomad;

/// <summary>Quiescence timers of a template.</summary>
public sealed class WaitConfig : ApiModel
{
    /// <summary>The minimum time to wait for changes to settle.</summary>
    public TimeSpan? Min { get; set; }

    /// <summary>The maximum time to wait for changes to settle.</summary>
    public TimeSpan? Max { get; set; }
}
