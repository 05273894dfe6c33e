using System.Diagnostics;
using DeploymentSdk.Diagnostics;

namespace DeploymentSdk.Nomad.Http;

/// <summary>
/// Nomad's <see cref="ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/>, both named
/// <c>DeploymentSdk.Nomad</c>: spans <c>nomad.{resource}.{action}</c> tagged with the namespace, region, job or
/// deployment ID and the Raft index answered.
/// </summary>
internal static class NomadTelemetry
{
    /// <summary>The name of the source and the meter.</summary>
    public const string Name = "DeploymentSdk.Nomad";

    public static ApiTelemetry Instance { get; } = new(Name, "nomad", "Nomad")
    {
        TaggedQuery = [new("namespace", "nomad.namespace"), new("region", "nomad.region")],
        TagRequest = static (request, activity) =>
        {
            // v1/job/{id}[/...] and v1/deployment/{id}: IDs are names, not secrets.
            var segments = request.Path.Split('?')[0].Split('/');
            if (segments.Length >= 3 && segments[0] == "v1")
            {
                var tag = segments[1] switch
                {
                    "job" => "nomad.job.id",
                    "deployment" when segments.Length == 3 => "nomad.deployment.id",
                    "allocation" => "nomad.allocation.id",
                    "evaluation" => "nomad.evaluation.id",
                    _ => null,
                };
                if (tag is not null)
                {
                    activity.SetTag(tag, Uri.UnescapeDataString(segments[2]));
                }
            }
        },
        TagResponse = static (headers, activity) =>
        {
            if (headers.TryGetValues("X-Nomad-Index", out var values) && ulong.TryParse(values.FirstOrDefault(), out var index))
            {
                activity.SetTag("nomad.index", (long)Math.Min(index, long.MaxValue));
            }
        },
    };
}
