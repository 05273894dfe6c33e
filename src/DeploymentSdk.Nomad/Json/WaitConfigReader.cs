using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary><see cref="WaitConfig"/> from a field table, for <see cref="TemplateReader"/>.</summary>
internal sealed class WaitConfigReader() : ModelReader<WaitConfig>(
    Field("Min", NomadJsonValues.Duration, (w, v) => w.Min = v),
    Field("Max", NomadJsonValues.Duration, (w, v) => w.Max = v));
