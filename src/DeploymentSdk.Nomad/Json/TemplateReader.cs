using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary><see cref="Template"/> from a field table (<see cref="ModelReader{T}"/>), a task's most repeated block after its services.</summary>
/// <remarks>The fields in the order Nomad writes them (its Template struct), each with the rule the model declares.</remarks>
internal sealed class TemplateReader() : ModelReader<Template>(
    Field("SourcePath", Text, (t, v) => t.SourcePath = v),
    Field("DestPath", Text, (t, v) => t.DestPath = v),
    Field("EmbeddedTmpl", Text, (t, v) => t.EmbeddedTmpl = v),
    Field("ChangeMode", Text, (t, v) => t.ChangeMode = v),
    Field("ChangeScript", Using(NomadJsonContext.Default.ChangeScript), (t, v) => t.ChangeScript = v),
    Field("ChangeSignal", Text, (t, v) => t.ChangeSignal = v),
    Field("Once", Boolean, (t, v) => t.Once = v),
    Field("Splay", NomadJsonValues.Duration, (t, v) => t.Splay = v),
    Field("Perms", Text, (t, v) => t.Perms = v),
    Field("Uid", Int32, (t, v) => t.Uid = v),
    Field("Gid", Int32, (t, v) => t.Gid = v),
    Field("LeftDelim", Text, (t, v) => t.LeftDelim = v),
    Field("RightDelim", Text, (t, v) => t.RightDelim = v),
    Field("Envvars", Boolean, (t, v) => t.Envvars = v),
    Field("VaultGrace", NomadJsonValues.Duration, (t, v) => t.VaultGrace = v),
    Field("Wait", Using(new WaitConfigReader()), (t, v) => t.Wait = v),
    Field("ErrMissingKey", Boolean, (t, v) => t.ErrMissingKey = v));
