using System.Globalization;
using System.Net.Http.Headers;
using DeploymentSdk.Http;
using DeploymentSdk.Nomad.Http;
using DeploymentSdk.Nomad.Json;

namespace DeploymentSdk.Nomad;

/// <summary>The jobs endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadJobsClient(NomadPipeline pipeline) : INomadJobsClient, INomadPipelineClient
{
    private static readonly NomadJsonContext Json = NomadJsonContext.Default;

    /// <summary>The pipeline and the options it was made from (the watch budget reads the connection limit there).</summary>
    public NomadPipeline Pipeline => pipeline;

    public AsyncPageable<JobListStub> ListAsync(JobListOptions? options = null, CancellationToken cancellationToken = default) =>
        pipeline.Paginate("v1/jobs", options, Json.ListJobListStub, cancellationToken, options?.IncludeMeta == true ? static r => r.AddQuery("meta", "true") : null);

    public Task<NomadResponse<JobRegisterResponse>> RegisterAsync(
        Job job, JobRegisterOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireJobWithId(job);
        var body = RegisterBody(job, options);
        return pipeline.WriteAsync(HttpMethod.Post, "v1/jobs", body, Json.JobRegisterRequest, Json.JobRegisterResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<Job>> ParseAsync(
        string jobHcl, JobParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobHcl);
        var body = new JobsParseRequest
        {
            JobHcl = jobHcl,
            Variables = options?.Variables,
            Canonicalize = options?.Canonicalize == true ? true : null,
        };
        return pipeline.WriteAsync(HttpMethod.Post, "v1/jobs/parse", body, Json.JobsParseRequest, Json.Job, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<Job>> GetAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryAsync(JobPath(jobId, nameof(jobId)), query, Json.Job, cancellationToken);

    public Task<NomadResponse<JobSubmission>> GetSubmissionAsync(
        string jobId, ulong version, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryAsync(
            JobPath(jobId, nameof(jobId), "/submission"),
            query,
            Json.JobSubmission,
            cancellationToken,
            r => r.AddQuery("version", version.ToString(CultureInfo.InvariantCulture)));

    public Task<NomadResponse<JobVersionsResponse>> GetVersionsAsync(
        string jobId, JobVersionsOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/versions");
        return pipeline.QueryAsync(path, options, Json.JobVersionsResponse, cancellationToken, r =>
        {
            if (options is null)
            {
                return;
            }

            if (options.Diffs)
            {
                r.AddQuery("diffs", "true");
            }

            r.AddQuery("diff_version", options.DiffVersion?.ToString(CultureInfo.InvariantCulture));
            r.AddQuery("diff_tag", options.DiffTag);
        });
    }

    public Task<NomadResponse<JobSummary>> GetSummaryAsync(string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryAsync(JobPath(jobId, nameof(jobId), "/summary"), query, Json.JobSummary, cancellationToken);

    public Task<NomadResponse<JobRegisterResponse>> UpdateAsync(
        string jobId, Job job, JobRegisterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId));
        RequireJobWithId(job);
        if (!string.Equals(job.Id, jobId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The job's ID '{job.Id}' does not match the job ID '{jobId}' of the request; Nomad would refuse it.", nameof(job));
        }

        var body = RegisterBody(job, options);
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobRegisterRequest, Json.JobRegisterResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobDispatchResponse>> DispatchAsync(
        string jobId, JobDispatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/dispatch");
        if (options?.Payload is { Length: > JobDispatchOptions.MaxPayloadBytes } payload)
        {
            throw PayloadTooLarge(payload.Length, nameof(options));
        }

        RequirePriority(options?.Priority, nameof(options));
        var body = new JobDispatchRequest
        {
            JobId = jobId,
            Payload = options?.Payload,
            Meta = options?.Meta,
            IdPrefixTemplate = options?.IdPrefixTemplate,
            Priority = options?.Priority,
        };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobDispatchRequest, Json.JobDispatchResponse, options, cancellationToken);
    }

    public Task<NomadResponse<JobDispatchResponse>> DispatchRawAsync(
        string jobId, ReadOnlyMemory<byte> payload, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/dispatch/payload");
        if (payload.Length > JobDispatchOptions.MaxPayloadBytes)
        {
            throw PayloadTooLarge(payload.Length, nameof(payload));
        }

        // The body is the payload itself; a copy, so the content can be sent again by a retry or a redirect.
        var bytes = payload.ToArray();
        return pipeline.WriteAsync<JobDispatchRequest, JobDispatchResponse>(
            HttpMethod.Post,
            path,
            body: null,
            bodyTypeInfo: null,
            Json.JobDispatchResponse,
            write,
            cancellationToken,
            r =>
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                r.Content = content;
            });
    }

    public Task<NomadResponse<JobRegisterResponse>> RevertAsync(
        string jobId, ulong version, JobRevertOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/revert");
        var body = new JobRevertRequest { JobId = jobId, JobVersion = version, EnforcePriorVersion = options?.EnforcePriorVersion };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobRevertRequest, Json.JobRegisterResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobStabilityResponse>> SetStabilityAsync(
        string jobId, ulong version, bool stable, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/stable");
        var body = new JobStabilityRequest { JobId = jobId, JobVersion = version, Stable = stable };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobStabilityRequest, Json.JobStabilityResponse, write.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobRegisterResponse>> EvaluateAsync(
        string jobId, JobEvaluateOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/evaluate");
        var body = new JobEvaluateRequest { JobId = jobId, EvalOptions = new JobEvaluateBody { ForceReschedule = options?.ForceReschedule == true } };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobEvaluateRequest, Json.JobRegisterResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobPlanResponse>> PlanAsync(
        Job job, JobPlanOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireJobWithId(job);
        var path = "v1/job/" + PathSegment.Escape(job.Id!, nameof(job)) + "/plan";
        var body = new JobPlanRequest
        {
            Job = job,
            Diff = options?.Diff == true ? true : null,
            PolicyOverride = options?.PolicyOverride == true ? true : null,
        };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobPlanRequest, Json.JobPlanResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobPeriodicForceResponse>> ForcePeriodicAsync(
        string jobId, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        pipeline.WriteAsync<JobRegisterRequest, JobPeriodicForceResponse>(
            HttpMethod.Post, JobPath(jobId, nameof(jobId), "/periodic/force"), null, null, Json.JobPeriodicForceResponse, write.WithoutIdempotencyToken(), cancellationToken);

    public Task<NomadResponse<JobDeregisterResponse>> DeregisterAsync(
        string jobId, JobDeregisterOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId));
        RequirePriority(options?.EvalPriority, nameof(options));
        return pipeline.WriteAsync<JobRegisterRequest, JobDeregisterResponse>(
            HttpMethod.Delete,
            path,
            null,
            null,
            Json.JobDeregisterResponse,
            options.WithoutIdempotencyToken(),
            cancellationToken,
            r =>
            {
                if (options is null)
                {
                    return;
                }

                if (options.Purge)
                {
                    r.AddQuery("purge", "true");
                }

                if (options.Global)
                {
                    r.AddQuery("global", "true");
                }

                r.AddQuery("eval_priority", options.EvalPriority?.ToString(CultureInfo.InvariantCulture));
                if (options.NoShutdownDelay)
                {
                    r.AddQuery("no_shutdown_delay", "true");
                }
            });
    }

    public Task<NomadResponse<JobScaleStatusResponse>> GetScaleStatusAsync(
        string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryAsync(JobPath(jobId, nameof(jobId), "/scale"), query, Json.JobScaleStatusResponse, cancellationToken);

    public Task<NomadResponse<JobRegisterResponse>> ScaleAsync(
        string jobId,
        string taskGroup,
        long? count,
        JobScaleOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/scale");
        ArgumentException.ThrowIfNullOrWhiteSpace(taskGroup);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A task group count cannot be negative.");
        }

        var body = new JobScaleRequest
        {
            Count = count,
            Target = new Dictionary<string, string>(StringComparer.Ordinal) { ["Job"] = jobId, ["Group"] = taskGroup },
            Message = options?.Message,
            Error = options?.Error == true ? true : null,
            Meta = options?.Meta,
            PolicyOverride = options?.PolicyOverride == true ? true : null,
            JobModifyIndex = options?.EnforceJobModifyIndex,
        };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobScaleRequest, Json.JobRegisterResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    public Task<NomadResponse<IReadOnlyList<JobAction>>> ListActionsAsync(
        string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryListAsync(JobPath(jobId, nameof(jobId), "/actions"), query, Json.ListJobAction, cancellationToken);

    public Task<NomadResponse<IReadOnlyList<AllocationListStub>>> ListAllocationsAsync(
        string jobId, JobAllocationListOptions? options = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryListAsync(JobPath(jobId, nameof(jobId), "/allocations" + (options?.IncludeAll == true ? "?all=true" : "")), options, Json.ListAllocationListStub, cancellationToken);

    public Task<NomadResponse<IReadOnlyList<Evaluation>>> ListEvaluationsAsync(
        string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryListAsync(JobPath(jobId, nameof(jobId), "/evaluations"), query, Json.ListEvaluation, cancellationToken);

    public Task<NomadResponse<IReadOnlyList<Deployment>>> ListDeploymentsAsync(
        string jobId, JobDeploymentListOptions? options = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryListAsync(JobPath(jobId, nameof(jobId), "/deployments" + (options?.IncludeAll == true ? "?all=true" : "")), options, Json.ListDeployment, cancellationToken);

    public async Task<NomadResponse<Deployment?>> GetLatestDeploymentAsync(
        string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/deployment");

        // Nomad answers 200 with null when the job has no deployment (or does not exist).
        var response = await pipeline.QueryAsync(path, query, Json.Deployment, cancellationToken, whenNull: static () => null!).ConfigureAwait(false);
        return new NomadResponse<Deployment?>(response.Value, response.Meta);
    }

    public Task<NomadResponse<IReadOnlyList<ServiceRegistration>>> ListServicesAsync(
        string jobId, NomadQueryOptions? query = null, CancellationToken cancellationToken = default) =>
        pipeline.QueryListAsync(JobPath(jobId, nameof(jobId), "/services"), query, Json.ListServiceRegistration, cancellationToken);

    public Task<NomadResponse<JobTagResponse>> TagVersionAsync(
        string jobId,
        string tagName,
        ulong version,
        JobTagVersionOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var path = TagPath(jobId, tagName);
        var body = new JobTagVersionRequest { Version = version, Description = options?.Description };
        return pipeline.WriteAsync(HttpMethod.Post, path, body, Json.JobTagVersionRequest, Json.JobTagResponse, options.WithoutIdempotencyToken(), cancellationToken);
    }

    public Task<NomadResponse<JobTagResponse>> UntagVersionAsync(
        string jobId, string tagName, NomadWriteOptions? write = null, CancellationToken cancellationToken = default) =>
        pipeline.WriteAsync<JobTagVersionRequest, JobTagResponse>(
            HttpMethod.Delete, TagPath(jobId, tagName), null, null, Json.JobTagResponse, write.WithoutIdempotencyToken(), cancellationToken);

    public Task<NomadResponse<JobValidateResponse>> ValidateAsync(
        Job job, NomadWriteOptions? write = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var body = new JobValidateRequest { Job = job };
        return pipeline.WriteAsync(HttpMethod.Post, "v1/validate/job", body, Json.JobValidateRequest, Json.JobValidateResponse, write.WithoutIdempotencyToken(), cancellationToken);
    }

    [System.Diagnostics.CodeAnalysis.Experimental(NomadExperiments.Exec, UrlFormat = NomadExperiments.UrlFormat)]
    public Task<int> RunActionAsync(string jobId, string action, string allocationId, string group, string task, NomadExecOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = JobPath(jobId, nameof(jobId), "/action");
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        NomadIds.RequireUuid(allocationId, nameof(allocationId));
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        ArgumentException.ThrowIfNullOrWhiteSpace(task);
        options ??= new NomadExecOptions();
        var request = new ApiRequest(HttpMethod.Get, path);
        pipeline.ApplyQuery(request, options.Query);
        request.AddQuery("action", action);
        request.AddQuery("allocID", allocationId);
        request.AddQuery("group", group);
        request.AddQuery("task", task);
        request.AddQuery("tty", options.Tty ? "true" : "false");
        return NomadExecSession.RunAsync(pipeline, request, options, cancellationToken);
    }

    private static string JobPath(string jobId, string paramName, string suffix = "") =>
        "v1/job/" + PathSegment.Escape(jobId, paramName) + suffix;

    // Nomad routes tag requests by splitting the decoded path on '/', so an escaped '/' in either segment still
    // breaks the route (404 "invalid job tag endpoint"); refuse such IDs before sending.
    private static string TagPath(string jobId, string tagName)
    {
        var job = PathSegment.Escape(jobId, nameof(jobId));
        var tag = PathSegment.Escape(tagName, nameof(tagName));
        if (jobId.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Nomad's version tag endpoint cannot address job '{jobId}': it splits the path on '/', so job IDs containing '/' (dispatched or periodic children) cannot be tagged.",
                nameof(jobId));
        }

        if (tagName.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A version tag name cannot contain '/': '{tagName}'.", nameof(tagName));
        }

        return "v1/job/" + job + "/versions/" + tag + "/tag";
    }

    private static void RequireJobWithId(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (string.IsNullOrWhiteSpace(job.Id))
        {
            throw new ArgumentException("The job must have an ID (Job.Id).", nameof(job));
        }
    }

    private static void RequirePriority(int? priority, string paramName)
    {
        if (priority is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(paramName, priority, "A priority must be between 1 and 100.");
        }
    }

    private static ArgumentException PayloadTooLarge(int length, string paramName) =>
        new($"The dispatch payload has {length} bytes; Nomad accepts at most {JobDispatchOptions.MaxPayloadBytes} (16 KiB).", paramName);

    private static JobRegisterRequest RegisterBody(Job job, JobRegisterOptions? options)
    {
        RequirePriority(options?.EvalPriority, nameof(options));
        return new JobRegisterRequest
        {
            Job = job,
            Submission = options?.Submission,
            EnforceIndex = options?.EnforceJobModifyIndex is null ? null : true,
            JobModifyIndex = options?.EnforceJobModifyIndex,
            PolicyOverride = options?.PolicyOverride == true ? true : null,
            PreserveCounts = options?.PreserveCounts == true ? true : null,
            PreserveResources = options?.PreserveResources == true ? true : null,
            EvalPriority = options?.EvalPriority,
        };
    }
}
