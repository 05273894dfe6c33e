using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// <see cref="ServiceCheck"/> from a field table (<see cref="ModelReader{T}"/>): health checks are the largest
/// repeated part of a service job (about a quarter of a typical job's fields).
/// </summary>
/// <remarks>The fields in the order Nomad writes them (its ServiceCheck struct), each with the rule the model declares.</remarks>
internal sealed class ServiceCheckReader() : ModelReader<ServiceCheck>(
    Field("Name", Text, (c, v) => c.Name = v),
    Field("Type", Text, (c, v) => c.Type = v),
    Field("Command", Text, (c, v) => c.Command = v),
    Field("Args", TextList, (c, v) => c.Args = v),
    Field("Path", Text, (c, v) => c.Path = v),
    Field("Protocol", Text, (c, v) => c.Protocol = v),
    Field("PortLabel", Text, (c, v) => c.PortLabel = v),
    Field("Expose", Boolean, (c, v) => c.Expose = v),
    Field("AddressMode", Text, (c, v) => c.AddressMode = v),
    Field("Advertise", Text, (c, v) => c.Advertise = v),
    Field("Interval", NomadJsonValues.Duration, (c, v) => c.Interval = v),
    Field("Timeout", NomadJsonValues.Duration, (c, v) => c.Timeout = v),
    Field("InitialStatus", Text, (c, v) => c.InitialStatus = v),
    Field("Notes", Text, (c, v) => c.Notes = v),
    Field("TLSServerName", Text, (c, v) => c.TlsServerName = v),
    Field("TLSSkipVerify", Boolean, (c, v) => c.TlsSkipVerify = v),
    Field("Header", TextListMap, (c, v) => c.Header = v),
    Field("Method", Text, (c, v) => c.Method = v),
    Field("CheckRestart", Using(new CheckRestartReader()), (c, v) => c.CheckRestart = v),
    Field("GRPCService", Text, (c, v) => c.GrpcService = v),
    Field("GRPCUseTLS", Boolean, (c, v) => c.GrpcUseTls = v),
    Field("TaskName", Text, (c, v) => c.TaskName = v),
    Field("SuccessBeforePassing", Int32, (c, v) => c.SuccessBeforePassing = v),
    Field("FailuresBeforeCritical", Int32, (c, v) => c.FailuresBeforeCritical = v),
    Field("FailuresBeforeWarning", Int32, (c, v) => c.FailuresBeforeWarning = v),
    Field("Body", Text, (c, v) => c.Body = v),
    Field("OnUpdate", Text, (c, v) => c.OnUpdate = v));
