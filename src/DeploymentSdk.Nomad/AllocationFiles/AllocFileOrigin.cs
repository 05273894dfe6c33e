namespace DeploymentSdk.Nomad;

/// <summary>Where an offset into a file or log counts from (the <c>origin</c> parameter).</summary>
public enum AllocFileOrigin
{
    /// <summary>From the start: the offset counts forward (<c>origin=start</c>).</summary>
    Start,

    /// <summary>From the end: the offset counts backward, so a tail is read (<c>origin=end</c>).</summary>
    End,
}
