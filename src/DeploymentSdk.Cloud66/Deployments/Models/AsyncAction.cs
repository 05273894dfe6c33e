using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.Cloud66.Json;

namespace DeploymentSdk.Cloud66;

/// <summary>
/// A long-running stack operation that Cloud66 runs in the background (<c>GET /stacks/:stack_id/actions/:id</c>),
/// such as the deployment a redeploy starts. It has finished when <see cref="FinishedAt"/> is set.
/// </summary>
public sealed class AsyncAction : ApiModel
{
    /// <summary>The action ID (<c>id</c>).</summary>
    public long? Id { get; set; }

    /// <summary>The e-mail address of the user who started the action (<c>user</c>).</summary>
    public string? User { get; set; }

    /// <summary>The kind of resource the action works on, for example "Stack" (<c>resource_type</c>).</summary>
    public string? ResourceType { get; set; }

    /// <summary>What the action does, for example "deploy" (<c>action</c>).</summary>
    public string? Action { get; set; }

    /// <summary>The ID of the resource the action works on (<c>resource_id</c>; Cloud66 sends a number or a string, kept as text).</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? ResourceId { get; set; }

    /// <summary>How the action was started, for example "api", "web" or "hook" (<c>started_via</c>).</summary>
    public string? StartedVia { get; set; }

    /// <summary>When the action started (<c>started_at</c>).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the action finished (<c>finished_at</c>); <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Whether the action succeeded (<c>finished_success</c>); <see langword="null"/> while it runs.</summary>
    public bool? FinishedSuccess { get; set; }

    /// <summary>Cloud66's description of the result (<c>finished_message</c>); <see langword="null"/> while it runs.</summary>
    public string? FinishedMessage { get; set; }

    /// <summary>Operation-specific details of the result (<c>finished_result</c>), as JSON.</summary>
    public JsonElement? FinishedResult { get; set; }

    /// <summary>Operation-specific parameters of the action (<c>metadata</c>), as JSON.</summary>
    public JsonElement? Metadata { get; set; }
}
