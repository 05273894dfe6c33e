namespace DeploymentSdk.Nomad;

/// <summary>A device request of a task.</summary>
public sealed class RequestedDevice : ApiModel
{
    /// <summary>The device: <c>TYPE</c>, <c>VENDOR/TYPE</c> or <c>VENDOR/TYPE/MODEL</c>.</summary>
    public string? Name { get; set; }

    /// <summary>How many instances of the device; the server default is 1.</summary>
    public ulong? Count { get; set; }

    /// <summary>Constraints on the device's attributes.</summary>
    public IList<Constraint>? Constraints { get; set; }

    /// <summary>Preferences on the device's attributes.</summary>
    public IList<Affinity>? Affinities { get; set; }
}
