namespace DeploymentSdk.Nomad;

/// <summary>Where a dispatched job's payload is written.</summary>
public sealed class DispatchPayloadConfig : ApiModel
{
    /// <summary>The file name, relative to the task's local directory.</summary>
    public string? File { get; set; }
}
