using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary><see cref="WorkloadIdentity"/> from a field table (<see cref="ModelReader{T}"/>): every task and service carries one or more.</summary>
/// <remarks>The fields in the order Nomad writes them (its WorkloadIdentity struct), each with the rule the model declares.</remarks>
internal sealed class WorkloadIdentityReader() : ModelReader<WorkloadIdentity>(
    Field("Name", Text, (w, v) => w.Name = v),
    Field("Audience", TextList, (w, v) => w.Audience = v),
    Field("ChangeMode", Text, (w, v) => w.ChangeMode = v),
    Field("ChangeSignal", Text, (w, v) => w.ChangeSignal = v),
    Field("Env", Boolean, (w, v) => w.Env = v),
    Field("File", Boolean, (w, v) => w.File = v),
    Field("Filepath", Text, (w, v) => w.Filepath = v),
    Field("ServiceName", Text, (w, v) => w.ServiceName = v),
    Field("TTL", NomadJsonValues.Duration, (w, v) => w.Ttl = v),
    Field("ExtraClaims", TextList, (w, v) => w.ExtraClaims = v));
