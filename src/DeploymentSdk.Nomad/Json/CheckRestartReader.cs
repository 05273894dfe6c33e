using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary><see cref="CheckRestart"/> from a field table, for <see cref="ServiceCheckReader"/>.</summary>
internal sealed class CheckRestartReader() : ModelReader<CheckRestart>(
    Field("Limit", Int32, (r, v) => r.Limit = v),
    Field("Grace", NomadJsonValues.Duration, (r, v) => r.Grace = v),
    Field("IgnoreWarnings", Boolean, (r, v) => r.IgnoreWarnings = v));
