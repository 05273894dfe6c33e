namespace DeploymentSdk.Nomad.Events;

/// <summary>A snapshot of <see cref="NomadEventStreamOptions"/> taken when a stream is started, so later changes to the options do not leak into a running stream.</summary>
internal sealed record NomadEventStreamSettings(
    IReadOnlyList<string> Topics,
    string? Namespace,
    string? Region,
    ulong? StartIndex,
    TimeSpan HeartbeatTimeout,
    TimeSpan MinReconnectDelay,
    TimeSpan MaxReconnectDelay)
{
    public static NomadEventStreamSettings From(NomadEventStreamOptions options, string paramName)
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        options.Validate(paramName);
        return new([.. options.Topics], options.Namespace, options.Region, options.StartIndex, options.HeartbeatTimeout, options.MinReconnectDelay, options.MaxReconnectDelay);
    }

    public NomadEventStreamSettings WithStartIndex(ulong? index) => this with { StartIndex = index };
}
