// Deploy a job and watch it roll out: read a job file (HCL through Nomad's parse endpoint, or JSON), register it,
// wait for its evaluation, follow the deployment with live progress per task group, promote the canaries once they
// are healthy, and exit with a code that says how it ended. Against the embedded demo server unless NOMAD_ADDR is set.
//   dotnet run --project samples/Nomad.DeployAndWatch [-- jobs/hello.nomad.json] [--no-promote] [--timeout 300]
// Exit codes: 0 deployed (or nothing to deploy), 1 the deployment failed, 2 bad arguments or job file,
//             3 cancelled (a newer version was registered), 4 still running when --timeout passed.
using System.Globalization;
using DeploymentSdk;
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples;
using DeploymentSdk.Samples.DeployAndWatch;

var file = Path.Combine(AppContext.BaseDirectory, "jobs", "hello.nomad.hcl");
var promote = true;
var timeout = TimeSpan.FromMinutes(10);
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--no-promote":
            promote = false;
            break;
        case "--timeout" when i + 1 < args.Length:
            timeout = TimeSpan.FromSeconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
            break;
        default:
            file = args[i];
            break;
    }
}

using var demo = DemoServer.StartIfNoNomadAddress();
using var nomad = NomadClient.Create(o =>
{
    if (demo is not null)
    {
        o.Address = demo.NomadAddress;
    }
});
using var cancel = new CancellationTokenSource(timeout);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var view = DeploymentView.ForConsole();

try
{
    // 1. Read and register the job.
    var (job, source) = await JobFile.LoadAsync(nomad, file, cancel.Token);
    var registration = (await nomad.Jobs.RegisterAsync(job, new JobRegisterOptions { Submission = source }, cancellationToken: cancel.Token)).Value;
    view.Line($"Registered job \"{job.Id}\" from {Path.GetFileName(file)}: evaluation {registration.EvalId?[..8]}");

    // 2. Wait for the scheduler to evaluate it (blocking reads return when the evaluation changes).
    var evaluation = await nomad.Evaluations.GetAsync(registration.EvalId!, includeRelated: false, cancellationToken: cancel.Token);
    while (evaluation.Value.Status == EvaluationStatus.Pending)
    {
        evaluation = await nomad.Evaluations.GetAsync(registration.EvalId!, false, new NomadQueryOptions { WaitIndex = evaluation.LastIndex }, cancel.Token);
    }

    view.Line($"Evaluation {evaluation.Value.Status}{(evaluation.Value.StatusDescription is { Length: > 0 } d ? $": {d}" : "")}");

    // 3. The deployment this registration started: created for this job version, after the evaluation.
    var latest = await nomad.Jobs.GetLatestDeploymentAsync(job.Id!, cancellationToken: cancel.Token);
    if (latest.Value is not { Id: { } deploymentId }
        || latest.Value.JobModifyIndex != registration.JobModifyIndex
        || latest.Value.CreateIndex < registration.EvalCreateIndex)
    {
        view.Line("No deployment: the job did not change, or it is not a service job with an update block.");
        return 0;
    }

    // 4. Follow it to the end, promoting the canaries when they are healthy.
    var final = await view.FollowAsync(deploymentId, async report =>
    {
        var (deployment, index) = (latest.Value, latest.LastIndex);
        var query = new NomadQueryOptions { WaitTime = TimeSpan.FromSeconds(30) };
        while (true)
        {
            report(deployment, null);
            if (IsFinished(deployment))
            {
                return deployment;
            }

            if (promote && deployment.TaskGroups?.Values.Any(NeedsPromotion) == true)
            {
                report(deployment, "Canaries are healthy: promoting");
                await nomad.Deployments.PromoteAsync(deploymentId, all: true, cancellationToken: cancel.Token);
            }

            query.WaitIndex = index;
            var response = await nomad.Deployments.GetAsync(deploymentId, query, cancel.Token);
            while (response.LastIndex == index)
            {
                response = await nomad.Deployments.GetAsync(deploymentId, query, cancel.Token);
            }

            (deployment, index) = (response.Value, response.LastIndex);
        }
    });

    // 5. Where the allocations ended up.
    var allocations = await nomad.Deployments.ListAllocationsAsync(deploymentId, cancellationToken: cancel.Token);
    view.Allocations(allocations.Value);
    view.Line($"Deployment {deploymentId[..8]} {final.Status}: {final.StatusDescription}");
    return final.Status == DeploymentStatus.Successful ? 0
        : final.Status == DeploymentStatus.Cancelled ? 3
        : 1;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    view.Line("Stopped following; the deployment goes on in Nomad.");
    return 4;
}
catch (Exception e) when (e is IOException or InvalidDataException or System.Text.Json.JsonException or ArgumentException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read {file}: {e.Message}");
    return 2;
}
catch (ApiException e) when (e.Kind == ApiErrorKind.BadRequest)
{
    Console.Error.WriteLine($"Nomad rejected the job: {e.Message}");
    return 2;
}

static bool IsFinished(Deployment d) =>
    d.Status == DeploymentStatus.Successful || d.Status == DeploymentStatus.Failed || d.Status == DeploymentStatus.Cancelled;

// Canaries placed and healthy, waiting for a promotion Nomad will not do by itself.
static bool NeedsPromotion(DeploymentState group) =>
    group.DesiredCanaries > 0 && group.Promoted != true && group.AutoPromote != true
    && group.HealthyAllocs >= group.DesiredCanaries;
