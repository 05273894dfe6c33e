using System.Text.Json.Serialization;
using DeploymentSdk.Json;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>A service registered in Consul or in Nomad's service catalog.</summary>
public sealed class Service : ApiModel
{
    /// <summary>The service name; may contain interpolation such as <c>${NOMAD_JOB_NAME}</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Tags of the service.</summary>
    public IList<string>? Tags { get; set; }

    /// <summary>Tags used instead of <see cref="Tags"/> while the allocation is a canary.</summary>
    public IList<string>? CanaryTags { get; set; }

    /// <summary>Whether Consul anti-entropy may change the tags (Consul only).</summary>
    public bool? EnableTagOverride { get; set; }

    /// <summary>The port label or number the service advertises.</summary>
    public string? PortLabel { get; set; }

    /// <summary>Which address is advertised: alloc, auto, driver or host.</summary>
    public string? AddressMode { get; set; }

    /// <summary>A custom address to advertise.</summary>
    public string? Address { get; set; }

    /// <summary>Health checks of the service.</summary>
    [JsonConverter(typeof(ModelListConverter<ServiceCheckReader, ServiceCheck>))]
    public IList<ServiceCheck>? Checks { get; set; }

    /// <summary>Restarts the task when its checks stay unhealthy; applies to every check.</summary>
    public CheckRestart? CheckRestart { get; set; }

    /// <summary>The Consul service mesh (Connect) configuration.</summary>
    public ConsulConnect? Connect { get; set; }

    /// <summary>Service metadata.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? Meta { get; set; }

    /// <summary>Metadata used instead of <see cref="Meta"/> while the allocation is a canary.</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? CanaryMeta { get; set; }

    /// <summary>Additional addresses by tag (Consul only).</summary>
    [JsonConverter(typeof(RepeatedStringDictionaryConverter))]
    public IDictionary<string, string>? TaggedAddresses { get; set; }

    /// <summary>For a group service, the task whose lifecycle the service follows.</summary>
    public string? TaskName { get; set; }

    /// <summary>How check results affect deployments: require_healthy, ignore_warnings or ignore.</summary>
    public string? OnUpdate { get; set; }

    /// <summary>The workload identity of the service (for Consul).</summary>
    [JsonConverter(typeof(ModelConverter<WorkloadIdentityReader, WorkloadIdentity>))]
    public WorkloadIdentity? Identity { get; set; }

    /// <summary>The DNS SRV weights of the service (Consul only).</summary>
    public ServiceWeights? Weights { get; set; }

    /// <summary>The service catalog: consul (default) or nomad.</summary>
    public string? Provider { get; set; }

    /// <summary>The Consul cluster name from the agent configuration.</summary>
    public string? Cluster { get; set; }

    /// <summary>The Consul service kind, for services that are not plain services.</summary>
    public string? Kind { get; set; }
}
