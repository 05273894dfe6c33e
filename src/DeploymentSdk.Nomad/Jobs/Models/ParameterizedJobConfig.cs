namespace DeploymentSdk.Nomad;

/// <summary>Makes a job parameterized (started by dispatch).</summary>
public sealed class ParameterizedJobConfig : ApiModel
{
    /// <summary>Whether a dispatch payload is optional, required or forbidden.</summary>
    public string? Payload { get; set; }

    /// <summary>Metadata keys a dispatch must provide.</summary>
    public IList<string>? MetaRequired { get; set; }

    /// <summary>Metadata keys a dispatch may provide.</summary>
    public IList<string>? MetaOptional { get; set; }
}
