using System.Text.Json;
using System.Text.Json.Serialization;
using DeploymentSdk.CloudFoundry.Authentication.Uaa;

namespace DeploymentSdk.CloudFoundry.Json;

/// <summary>
/// The source-generated JSON metadata for every Cloud Foundry model. Property names are snake_case on the wire
/// (<c>MaxInFlight</c> is <c>max_in_flight</c>); dictionary keys (labels, annotations) are sent as given. Null
/// properties are not written, so a request never sends a C# default for a field the server fills in. Timestamps are
/// written in the API's own format (<see cref="CloudFoundryTimestampConverter"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CloudFoundryTimestampConverter)])]
[JsonSerializable(typeof(Deployment))]
[JsonSerializable(typeof(ResourceList<Deployment>))]
[JsonSerializable(typeof(CreateDeploymentRequest))]
[JsonSerializable(typeof(UpdateDeploymentRequest))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(ResourceList<Organization>))]
[JsonSerializable(typeof(Space))]
[JsonSerializable(typeof(ResourceList<Space>))]
[JsonSerializable(typeof(App))]
[JsonSerializable(typeof(ResourceList<App>))]
[JsonSerializable(typeof(Droplet))]
[JsonSerializable(typeof(ResourceList<Droplet>))]
[JsonSerializable(typeof(Revision))]
[JsonSerializable(typeof(ResourceList<Revision>))]
[JsonSerializable(typeof(AppProcess))]
[JsonSerializable(typeof(ResourceList<AppProcess>))]
[JsonSerializable(typeof(ResourceList<ProcessInstanceStats>))]
[JsonSerializable(typeof(AuditEvent))]
[JsonSerializable(typeof(ResourceList<AuditEvent>))]
[JsonSerializable(typeof(CloudFoundryErrorList))]
[JsonSerializable(typeof(CloudFoundryError))]
[JsonSerializable(typeof(UaaTokenResponse))]
[JsonSerializable(typeof(UaaErrorResponse))]
internal sealed partial class CloudFoundryJsonContext : JsonSerializerContext;
