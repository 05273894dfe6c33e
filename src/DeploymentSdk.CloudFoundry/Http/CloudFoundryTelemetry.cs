using DeploymentSdk.Diagnostics;

namespace DeploymentSdk.CloudFoundry.Http;

/// <summary>
/// Cloud Foundry's <see cref="System.Diagnostics.ActivitySource"/> and meter, both named <c>DeploymentSdk.CloudFoundry</c>:
/// spans <c>cloudfoundry.{resource}.{action}</c> tagged with the resource GUID of the path.
/// </summary>
internal static class CloudFoundryTelemetry
{
    /// <summary>The name of the source and the meter.</summary>
    public const string Name = "DeploymentSdk.CloudFoundry";

    public static ApiTelemetry Instance { get; } = new(Name, "cloudfoundry", "CloudFoundry")
    {
        TagRequest = static (request, activity) =>
        {
            // v3/{resource}/{guid}[/...]: GUIDs are identifiers, not secrets.
            var segments = request.Path.Split('?')[0].Split('/');
            if (segments.Length >= 3 && segments[0] == "v3" && Guid.TryParse(segments[2], out _))
            {
                activity.SetTag($"cloudfoundry.{segments[1].TrimEnd('s')}.guid", segments[2]);
            }
        },
    };
}
