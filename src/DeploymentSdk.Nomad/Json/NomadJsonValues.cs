using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary>Nomad's wire rules as value readers for the field tables of <see cref="ModelReader{T}"/>.</summary>
internal static class NomadJsonValues
{
    private static readonly NanosecondDurationConverter DurationConverter = new();

    /// <summary>A Go duration in nanoseconds (<see cref="NanosecondDurationConverter"/>).</summary>
    public static ReadJsonValue<TimeSpan?> Duration { get; } = (ref reader, options) => DurationConverter.Read(ref reader, typeof(TimeSpan?), options);
}
