using DeploymentSdk.Json;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// <see cref="TaskEvent"/> from a field table (<see cref="ModelReader{T}"/>): task events are most of an allocation
/// list, every task carrying its recent events with about 25 fields each, most of them empty.
/// </summary>
/// <remarks>The fields in the order Nomad writes them (its TaskEvent struct), each with the rule the model declares.</remarks>
internal sealed class TaskEventReader() : ModelReader<TaskEvent>(
    Field("Type", UsingOrNull(new ExtensibleEnumConverter<TaskEventType>()), (e, v) => e.Type = v),
    Field("Time", Using(new UnixNanosecondsConverter()), (e, v) => e.Time = v),
    Field("Message", RepeatedText, (e, v) => e.Message = v),
    Field("DisplayMessage", RepeatedText, (e, v) => e.DisplayMessage = v),
    Field("Details", Using(new RepeatedStringDictionaryConverter()), (e, v) => e.Details = v),
    Field("FailsTask", Boolean, (e, v) => e.FailsTask = v),
    Field("RestartReason", RepeatedText, (e, v) => e.RestartReason = v),
    Field("SetupError", Text, (e, v) => e.SetupError = v),
    Field("DriverError", Text, (e, v) => e.DriverError = v),
    Field("ExitCode", Int32, (e, v) => e.ExitCode = v),
    Field("Signal", Int32, (e, v) => e.Signal = v),
    Field("KillTimeout", NomadJsonValues.Duration, (e, v) => e.KillTimeout = v),
    Field("KillError", Text, (e, v) => e.KillError = v),
    Field("KillReason", RepeatedText, (e, v) => e.KillReason = v),
    Field("StartDelay", NomadJsonValues.Duration, (e, v) => e.StartDelay = v),
    Field("DownloadError", Text, (e, v) => e.DownloadError = v),
    Field("ValidationError", Text, (e, v) => e.ValidationError = v),
    Field("DiskLimit", Int64, (e, v) => e.DiskLimit = v),
    Field("DiskSize", Int64, (e, v) => e.DiskSize = v),
    Field("FailedSibling", Text, (e, v) => e.FailedSibling = v),
    Field("VaultError", Text, (e, v) => e.VaultError = v),
    Field("TaskSignalReason", RepeatedText, (e, v) => e.TaskSignalReason = v),
    Field("TaskSignal", RepeatedText, (e, v) => e.TaskSignal = v),
    Field("DriverMessage", RepeatedText, (e, v) => e.DriverMessage = v),
    Field("GenericSource", RepeatedText, (e, v) => e.GenericSource = v));
