// Deploy a job and watch it roll out: read a job file (HCL through Nomad's parse endpoint, or JSON), register it,
// wait for its evaluation, follow the deployment with live progress per task group, promote the canaries once they
// are healthy, and exit with a code that says how it ended. Against a DEMO server unless NOMAD_ADDR is set.
// When the deployment fails, it prints why: the failing task, its last events, its exit code and the tail of its stderr.
//   dotnet run --project samples/Nomad.DeployAndWatch [-- jobs/hello.nomad.json] [--no-promote] [--timeout 300] [--follow-logs TASK]
// Exit codes: 0 deployed (or nothing to deploy), 1 the deployment failed (rolled back or not) or could not be placed,
//             2 bad arguments or job file, 3 cancelled (a newer version was registered), 4 still running at --timeout.
using System.CommandLine;
using System.Globalization;
using DeploymentSdk;
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples.Demo;
using DeploymentSdk.Samples.DeployAndWatch;

// This sample opts in to the experimental failure diagnosis (DSDK0001, CONTRIBUTING.md "Experimental APIs"): its
// shape may change before 1.0.
#pragma warning disable DSDK0001

const string ExitCodes = "Exit codes: 0 deployed (or nothing to deploy); 1 the deployment failed or could not be placed; 2 bad arguments or job file; 3 cancelled by a newer version; 4 still running at --timeout.";
var fileArgument = new Argument<string>("job-file")
{
    Description = "The job to deploy: HCL (parsed by Nomad) or JSON.",
    DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "jobs", "hello.nomad.hcl"),
};
var noPromote = new Option<bool>("--no-promote") { Description = "Do not promote healthy canaries; wait for someone else to." };
var timeoutOption = new Option<TimeSpan>("--timeout")
{
    Description = "Stop following after this many seconds (default 600); the deployment goes on in Nomad.",
    HelpName = "seconds",
    DefaultValueFactory = _ => TimeSpan.FromMinutes(10),
    CustomParser = result =>
    {
        if (double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < int.MaxValue / 1000)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        result.AddError($"Cannot parse '{result.Tokens[0].Value}' for --timeout: expected a positive number of seconds.");
        return default;
    },
};
var followLogs = new Option<string?>("--follow-logs")
{
    Description = "Follow this task's standard output live in each allocation of the deployment.",
    HelpName = "task",
};
var command = new RootCommand($"Deploy a Nomad job and watch it roll out, promoting its canaries once they are healthy. Reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION as the nomad CLI does.\n{ExitCodes}")
{
    fileArgument,
    noPromote,
    timeoutOption,
    followLogs,
};
var parsed = command.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    Console.Error.WriteLine($"Run with --help for usage.\n{ExitCodes}");
    return 2;
}

if (parsed.Action is not null)
{
    return await parsed.InvokeAsync(); // --help or --version (the command itself has no action): print, exit 0
}

var file = parsed.GetValue(fileArgument)!;
var promote = !parsed.GetValue(noPromote);
var timeout = parsed.GetValue(timeoutOption);
var logTask = parsed.GetValue(followLogs);

string text;
try
{
    text = await File.ReadAllTextAsync(file);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"Cannot read {file}: {e.Message}");
    return 2;
}

using var demo = DemoServerProcess.StartUnlessSet("NOMAD_ADDR"); // demo plumbing: a real program has NOMAD_ADDR set

// The client reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION and the TLS variables as the nomad CLI does.
using var nomad = NomadClient.Create();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var view = DeploymentView.ForConsole();

try
{
    // 1. Read and register the job.
    var (job, source) = await JobFile.LoadAsync(nomad, file, text, cancel.Token);
    var registration = (await nomad.Jobs.RegisterAsync(job, new JobRegisterOptions { Submission = source }, cancellationToken: cancel.Token)).Value;
    view.Line($"Registered job \"{job.Id}\" from {Path.GetFileName(file)}: evaluation {registration.EvalId?[..8]}");
    if (string.IsNullOrEmpty(registration.EvalId))
    {
        view.Line("No evaluation (a periodic or parameterized job): nothing to follow.");
        return 0;
    }

    // 2. Follow the evaluation, then the deployment it started, to the end; promote the canaries once they are healthy.
    //    On a failure the result carries a diagnosis; the tail of the failing task's stderr is opt-in (it reads logs).
    var following = new NomadFollowOptions { Deadline = timeout, Diagnosis = new NomadDiagnosisOptions { IncludeLogs = true, LogLines = 10 } };
    using var logs = logTask is null ? null : new LogFollower(nomad, logTask, cancel.Token);
    var result = await view.FollowAsync(async unsafeReport =>
    {
        // Log lines arrive from other threads: one report at a time.
        var gate = new Lock();
        void report(NomadDeploymentProgress step, string? note)
        {
            lock (gate)
            {
                unsafeReport(step, note);
            }
        }

        var promoted = false;
        await foreach (var step in nomad.FollowEvaluationAsync(registration.EvalId, following, cancel.Token))
        {
            report(step, null);
            if (logs is not null && step.Deployment is { Id: { } deploymentId_ } && step.Result is null)
            {
                await logs.FollowNewAllocationsAsync(deploymentId_, text => report(step, text));
            }

            if (step.Result is { } end)
            {
                return end;
            }

            if (promote && !promoted && step.Deployment is { Id: { } id } deployment && CanariesWaitForPromotion(deployment))
            {
                report(step, "Canaries are healthy: promoting");
                await nomad.Deployments.PromoteAsync(id, new DeploymentPromoteOptions { All = true }, cancel.Token);
                promoted = true;
            }
        }

        throw new InvalidOperationException("The follower ended without a result.");
    });

    // 3. Where the allocations ended up, and how it went.
    if (result.DeploymentId is { } deploymentId)
    {
        view.Allocations((await nomad.Deployments.ListAllocationsAsync(deploymentId, cancellationToken: cancel.Token)).Value);
    }

    if (result.Diagnosis is { } diagnosis)
    {
        view.Line("Why it failed:");
        view.Line(diagnosis.Describe().TrimEnd());
    }

    view.Line(result.Outcome switch
    {
        NomadDeploymentOutcome.NoDeployment => "No deployment needed: the job did not change, or it is not a service job with an update block.",
        NomadDeploymentOutcome.DeadlineExceeded => $"Still running after {timeout.TotalSeconds:0} s; stopped following (the deployment goes on in Nomad).",
        _ => $"Deployment {result.DeploymentId?[..8]} {result}",
    });
    return result.Outcome switch
    {
        NomadDeploymentOutcome.Successful or NomadDeploymentOutcome.NoDeployment => 0,
        NomadDeploymentOutcome.Cancelled => 3,
        NomadDeploymentOutcome.DeadlineExceeded => 4,
        _ => 1,
    };
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

// Every group with canaries has them healthy, and at least one waits for a promotion Nomad will not do by itself.
static bool CanariesWaitForPromotion(Deployment d)
{
    var waiting = d.TaskGroups?.Values.Where(g => g.DesiredCanaries > 0 && g.Promoted != true && g.AutoPromote != true).ToList() ?? [];
    return waiting.Count > 0 && waiting.TrueForAll(g => g.HealthyAllocs >= g.DesiredCanaries);
}
