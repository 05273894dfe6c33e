using System.Text.Json.Serialization;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>One earlier attempt at rescheduling an allocation.</summary>
public sealed class RescheduleEvent : ApiModel
{
    /// <summary>When the allocation was rescheduled (UTC, from unix nanoseconds; 100 ns precision).</summary>
    [JsonConverter(typeof(UnixNanosecondsConverter))]
    public DateTimeOffset? RescheduleTime { get; set; }

    /// <summary>The ID of the allocation that was replaced.</summary>
    [JsonPropertyName("PrevAllocID")]
    public string? PrevAllocId { get; set; }

    /// <summary>The ID of the node the replaced allocation ran on.</summary>
    [JsonPropertyName("PrevNodeID")]
    public string? PrevNodeId { get; set; }

    /// <summary>The delay applied before this reschedule. Nomad may send it as a JSON string of nanoseconds; both forms read.</summary>
    public TimeSpan? Delay { get; set; }
}
