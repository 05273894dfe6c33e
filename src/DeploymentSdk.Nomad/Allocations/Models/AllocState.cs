namespace DeploymentSdk.Nomad;

/// <summary>One change of the state of a whole allocation.</summary>
public sealed class AllocState : ApiModel
{
    /// <summary>Which field changed; <c>0</c> is the client status.</summary>
    public int? Field { get; set; }

    /// <summary>The new value of the field (for the client status, for example <c>unknown</c>).</summary>
    public string? Value { get; set; }

    /// <summary>When the change happened. Offset kept as sent.</summary>
    public DateTimeOffset? Time { get; set; }
}
