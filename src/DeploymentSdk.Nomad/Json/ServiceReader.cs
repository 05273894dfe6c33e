using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary><see cref="Service"/> from a field table (<see cref="ModelReader{T}"/>): a service job repeats services per group and task.</summary>
/// <remarks>The fields in the order Nomad writes them (its Service struct), each with the rule the model declares.</remarks>
internal sealed class ServiceReader() : ModelReader<Service>(
    Field("Name", Text, (s, v) => s.Name = v),
    Field("Tags", TextList, (s, v) => s.Tags = v),
    Field("CanaryTags", TextList, (s, v) => s.CanaryTags = v),
    Field("EnableTagOverride", Boolean, (s, v) => s.EnableTagOverride = v),
    Field("PortLabel", Text, (s, v) => s.PortLabel = v),
    Field("AddressMode", Text, (s, v) => s.AddressMode = v),
    Field("Address", Text, (s, v) => s.Address = v),
    Field("Checks", ListOf(new ServiceCheckReader()), (s, v) => s.Checks = v),
    Field("CheckRestart", Using(new CheckRestartReader()), (s, v) => s.CheckRestart = v),
    Field("Connect", Using(NomadJsonContext.Default.ConsulConnect), (s, v) => s.Connect = v),
    Field("Meta", Using(new RepeatedStringDictionaryConverter()), (s, v) => s.Meta = v),
    Field("CanaryMeta", Using(new RepeatedStringDictionaryConverter()), (s, v) => s.CanaryMeta = v),
    Field("TaggedAddresses", Using(new RepeatedStringDictionaryConverter()), (s, v) => s.TaggedAddresses = v),
    Field("TaskName", Text, (s, v) => s.TaskName = v),
    Field("OnUpdate", Text, (s, v) => s.OnUpdate = v),
    Field("Identity", Using(new WorkloadIdentityReader()), (s, v) => s.Identity = v),
    Field("Weights", Using(NomadJsonContext.Default.ServiceWeights), (s, v) => s.Weights = v),
    Field("Provider", Text, (s, v) => s.Provider = v),
    Field("Cluster", Text, (s, v) => s.Cluster = v),
    Field("Kind", Text, (s, v) => s.Kind = v));
