using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad.Json;

/// <summary>
/// The source-generated JSON metadata for every Nomad model. Durations are integer nanoseconds and times RFC 3339
/// for the whole context; unix-nanosecond fields opt in with <see cref="UnixNanosecondsConverter"/>. Null properties
/// are not written, so a model never sends a C# default for a field the server fills in.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(NanosecondDurationConverter), typeof(Rfc3339TimeConverter)])]
// Allocation stats.
[JsonSerializable(typeof(AllocResourceUsage))]
// Exec frames and the command parameter.
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(ExecInputFrame))]
[JsonSerializable(typeof(ExecOutputFrame))]
// Allocation files.
[JsonSerializable(typeof(StreamFrame))]
[JsonSerializable(typeof(AllocFileInfo))]
[JsonSerializable(typeof(List<AllocFileInfo>))]
// Jobs: responses.
[JsonSerializable(typeof(Job))]
[JsonSerializable(typeof(List<JobListStub>))]
[JsonSerializable(typeof(JobSummary))]
[JsonSerializable(typeof(JobSubmission))]
[JsonSerializable(typeof(JobVersionsResponse))]
[JsonSerializable(typeof(JobRegisterResponse))]
[JsonSerializable(typeof(JobDeregisterResponse))]
[JsonSerializable(typeof(JobDispatchResponse))]
[JsonSerializable(typeof(JobStabilityResponse))]
[JsonSerializable(typeof(JobPeriodicForceResponse))]
[JsonSerializable(typeof(JobPlanResponse))]
[JsonSerializable(typeof(JobScaleStatusResponse))]
[JsonSerializable(typeof(JobValidateResponse))]
[JsonSerializable(typeof(List<JobAction>))]
[JsonSerializable(typeof(JobTagResponse))]
// Jobs: request bodies.
[JsonSerializable(typeof(JobRegisterRequest))]
[JsonSerializable(typeof(JobsParseRequest))]
[JsonSerializable(typeof(JobPlanRequest))]
[JsonSerializable(typeof(JobValidateRequest))]
[JsonSerializable(typeof(JobDispatchRequest))]
[JsonSerializable(typeof(JobRevertRequest))]
[JsonSerializable(typeof(JobStabilityRequest))]
[JsonSerializable(typeof(JobEvaluateRequest))]
[JsonSerializable(typeof(JobScaleRequest))]
[JsonSerializable(typeof(JobTagVersionRequest))]
// Deployments
[JsonSerializable(typeof(Deployment))]
[JsonSerializable(typeof(List<Deployment>))]
[JsonSerializable(typeof(DeploymentUpdateResponse))]
[JsonSerializable(typeof(DeploymentPromoteRequest))]
[JsonSerializable(typeof(DeploymentPauseRequest))]
[JsonSerializable(typeof(DeploymentAllocHealthRequest))]
[JsonSerializable(typeof(DeploymentIdRequest))]
// Allocations
[JsonSerializable(typeof(Allocation))]
[JsonSerializable(typeof(List<AllocationListStub>))]
[JsonSerializable(typeof(AllocStopResponse))]
[JsonSerializable(typeof(List<ServiceRegistration>))]
[JsonSerializable(typeof(Dictionary<string, AllocCheckStatus>))]
[JsonSerializable(typeof(AllocSignalRequest))]
[JsonSerializable(typeof(AllocRestartRequest))]
[JsonSerializable(typeof(AllocPauseRequest))]
[JsonSerializable(typeof(AllocPauseStateResponse))]
// Evaluations
[JsonSerializable(typeof(Evaluation))]
[JsonSerializable(typeof(List<Evaluation>))]
[JsonSerializable(typeof(EvaluationCountResponse))]
[JsonSerializable(typeof(EvaluationDeleteRequest))]
[JsonSerializable(typeof(EvaluationDeleteResponse))]
// Status: the leader is a JSON string, the peers a list of strings.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class NomadJsonContext : JsonSerializerContext;
