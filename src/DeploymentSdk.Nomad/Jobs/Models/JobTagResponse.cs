using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The result of tagging or untagging a job version.</summary>
public sealed class JobTagResponse : ApiModel
{
    /// <summary>The tag name.</summary>
    public string? Name { get; set; }

    /// <summary>The tag description.</summary>
    public string? Description { get; set; }

    /// <summary>When the version was tagged.</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? TaggedTime { get; set; }

    /// <summary>The Raft index of the write.</summary>
    public ulong? Index { get; set; }
}
