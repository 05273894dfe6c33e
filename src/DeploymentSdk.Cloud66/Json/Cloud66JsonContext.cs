using System.Text.Json.Serialization;

namespace DeploymentSdk.Cloud66.Json;

/// <summary>
/// The source-generated JSON metadata for every Cloud66 model. Wire names are snake_case; null properties are not
/// written, so a model never sends a C# default for a field the server fills in.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Cloud66Envelope<Deployment>))]
[JsonSerializable(typeof(Cloud66ListEnvelope<Deployment>))]
[JsonSerializable(typeof(Cloud66Envelope<RedeployResult>))]
[JsonSerializable(typeof(Cloud66Envelope<DeploymentCancelResult>))]
[JsonSerializable(typeof(Cloud66Envelope<AsyncAction>))]
[JsonSerializable(typeof(Cloud66Envelope<Stack>))]
[JsonSerializable(typeof(Cloud66ListEnvelope<Stack>))]
internal sealed partial class Cloud66JsonContext : JsonSerializerContext;
