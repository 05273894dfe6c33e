using DeploymentSdk.Diagnostics;

namespace DeploymentSdk.Cloud66.Http;

/// <summary>
/// Cloud66's <see cref="System.Diagnostics.ActivitySource"/> and meter, both named <c>DeploymentSdk.Cloud66</c>: spans
/// <c>cloud66.{resource}.{action}</c> tagged with the stack ID of the path.
/// </summary>
internal static class Cloud66Telemetry
{
    /// <summary>The name of the source and the meter.</summary>
    public const string Name = "DeploymentSdk.Cloud66";

    public static ApiTelemetry Instance { get; } = new(Name, "cloud66", "Cloud66")
    {
        TagRequest = static (request, activity) =>
        {
            // stacks/{stack_id}[/deployments/{id}]: stack and deployment IDs are identifiers, not secrets.
            var segments = request.Path.Split('?')[0].Split('/');
            if (segments.Length >= 2 && segments[0] == "stacks")
            {
                activity.SetTag("cloud66.stack.id", Uri.UnescapeDataString(segments[1]));
            }

            if (segments.Length >= 4 && segments[2] == "deployments")
            {
                activity.SetTag("cloud66.deployment.id", Uri.UnescapeDataString(segments[3]));
            }
        },
    };
}
