using System.CommandLine;
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples.Demo;

namespace DeploymentSdk.Samples.Cli;

/// <summary>
/// The command tree: every command and option, typed, with its help text. System.CommandLine parses and validates;
/// a command's action builds the client (from the same environment variables as the nomad CLI) and runs it.
/// </summary>
internal static class CommandLine
{
    /// <summary>Exit codes, the same for every command (also in --help and the README).</summary>
    public const string ExitCodes = "Exit codes: 0 done; 1 Nomad refused, or a watched deployment or allocation failed; 2 bad usage.";

    private static readonly Option<bool> Json = new("--json") { Description = "Print the SDK's JSON instead of a table.", Recursive = true };

    private static readonly Option<Uri?> Address = new("--address")
    {
        Description = "The Nomad agent's HTTP address [env NOMAD_ADDR, default http://127.0.0.1:4646].",
        Recursive = true,
        CustomParser = result => Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : Invalid<Uri>(result, "an http:// or https:// address"),
    };

    private static readonly Option<string?> Namespace = new("--namespace", "-n") { Description = "The namespace; lists default to all (*) [env NOMAD_NAMESPACE].", Recursive = true };

    private static readonly Option<string?> Region = new("--region") { Description = "The region to forward requests to [env NOMAD_REGION].", Recursive = true };

    private static readonly Option<TimeSpan?> Timeout = new("--timeout")
    {
        Description = "Stop after this many seconds (watches and events end normally then).",
        Recursive = true,
        HelpName = "seconds",
        CustomParser = result => double.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds < int.MaxValue / 1000
            ? TimeSpan.FromSeconds(seconds)
            : Invalid<TimeSpan?>(result, "a positive number of seconds"),
    };

    private static readonly Option<string?> Prefix = new("--prefix") { Description = "Only jobs whose ID starts with this." };

    private static readonly Option<string?> JobFilter = new("--job") { Description = "Only this job's." };

    private static readonly Option<int?> PerPage = new("--per-page")
    {
        Description = "Ask Nomad for pages of this many allocations.",
        CustomParser = result => int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : Invalid<int?>(result, "a positive whole number"),
    };

    private static readonly Option<string[]> Groups = new("--group") { Description = "Promote only this task group (repeatable); default all.", AllowMultipleArgumentsPerToken = false };

    private static readonly Option<string[]> Topics = new("--topic") { Description = "Topic or Topic:Key to subscribe to (repeatable); default Deployment." };

    private static readonly Option<ulong?> Index = new("--index")
    {
        Description = "Replay from this Raft index, as far as Nomad's event buffer reaches.",
        CustomParser = result => ulong.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : Invalid<ulong?>(result, "a Raft index (a whole number)"),
    };

    private static readonly Argument<string> JobId = new("job") { Description = "The job ID." };

    private static readonly Argument<string> DeploymentId = new("id") { Description = "The deployment ID, or a unique prefix of it (an even number of hex digits)." };

    private static readonly Argument<string> AllocationId = new("id") { Description = "The allocation ID, or a unique prefix of it (an even number of hex digits)." };

    private static readonly Option<string?> LogTask = new("--task") { Description = "The task whose logs to read; default the allocation's only task." };

    private static readonly Option<bool> Follow = new("--follow", "-f") { Description = "Keep printing as the log grows, until Ctrl+C or --timeout." };

    private static readonly Option<bool> Stderr = new("--stderr") { Description = "Read standard error instead of standard output." };

    private static readonly Option<string> ExecTask = new("--task") { Description = "The task to run the command in.", Required = true };

    private static readonly Option<bool> Tty = new("--tty", "-t") { Description = "Allocate a terminal for the command." };

    private static readonly Argument<string[]> ExecCommand = new("command")
    {
        Description = "The command and its arguments, after -- (for example: -- /bin/sh -c 'ls /').",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Builds the whole command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand($"""
            nomad-sdk: a small Nomad command line built on DeploymentSdk.Nomad.
            Reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, NOMAD_REGION, NOMAD_CACERT, NOMAD_CLIENT_CERT, NOMAD_CLIENT_KEY,
            NOMAD_TLS_SERVER_NAME and NOMAD_SKIP_VERIFY as the nomad CLI does (the token only from NOMAD_TOKEN).
            {ExitCodes}
            """);
        foreach (var option in new Option[] { Json, Address, Namespace, Region, Timeout })
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(Group("jobs", "List and read jobs.", "job",
            Leaf("list", "List the jobs (all namespaces unless --namespace).", [Prefix], [], (c, ct) => c.ListJobsAsync(ct)),
            Leaf("get", "Show one job.", [], [JobId], (c, ct, r) => c.GetJobAsync(r.GetValue(JobId)!, ct))));
        root.Subcommands.Add(Group("deployments", "List, read, watch, promote and fail deployments.", "deployment",
            Leaf("list", "List the deployments (or one job's with --job).", [JobFilter], [], (c, ct) => c.ListDeploymentsAsync(ct)),
            Leaf("get", "Show one deployment.", [], [DeploymentId], (c, ct, r) => c.GetDeploymentAsync(r.GetValue(DeploymentId)!, ct)),
            Leaf("watch", "Print the deployment at every change until it ends (exit 0 successful, 1 failed or cancelled).", [], [DeploymentId], (c, ct, r) => c.WatchDeploymentAsync(r.GetValue(DeploymentId)!, ct)),
            Leaf("promote", "Promote the deployment's canaries.", [Groups], [DeploymentId], (c, ct, r) => c.PromoteAsync(r.GetValue(DeploymentId)!, ct)),
            Leaf("fail", "Mark the deployment as failed (Nomad rolls back if the job has auto_revert).", [], [DeploymentId], (c, ct, r) => c.FailAsync(r.GetValue(DeploymentId)!, ct))));
        root.Subcommands.Add(Group("allocs", "List, read and watch allocations.", "alloc",
            Leaf("list", "List the allocations, page by page (or one job's with --job).", [JobFilter, PerPage], [], (c, ct) => c.ListAllocationsAsync(ct)),
            Leaf("get", "Show one allocation.", [], [AllocationId], (c, ct, r) => c.GetAllocationAsync(r.GetValue(AllocationId)!, ct)),
            Leaf("watch", "Print the allocation at every change until it ends (exit 0 complete, 1 failed or lost).", [], [AllocationId], (c, ct, r) => c.WatchAllocationAsync(r.GetValue(AllocationId)!, ct)),
            Leaf("logs", "Print a task's standard output (or --stderr); -f keeps following it.", [LogTask, Follow, Stderr], [AllocationId],
                (c, ct, r) => c.LogsAsync(r.GetValue(AllocationId)!, r.GetValue(LogTask), r.GetValue(Follow), r.GetValue(Stderr), ct)),
            Leaf("exec", "Run a command in a task of a running allocation (a WebSocket); exits with the command's exit code.", [ExecTask, Tty], [AllocationId, ExecCommand],
                (c, ct, r) => c.ExecAsync(r.GetValue(AllocationId)!, r.GetValue(ExecTask)!, r.GetValue(ExecCommand)!, r.GetValue(Tty), ct)),
            Leaf("stats", "Show the allocation's resource usage, and each task's.", [], [AllocationId], (c, ct, r) => c.AllocationStatsAsync(r.GetValue(AllocationId)!, ct))));
        root.Subcommands.Add(Leaf("events", "Print Nomad's event stream until Ctrl+C or --timeout (then exit 0).", [Topics, Index], [], (c, ct) => c.StreamEventsAsync(ct)));
        return root;
    }

    private static Command Group(string name, string description, string alias, params Command[] commands)
    {
        var group = new Command(name, description);
        group.Aliases.Add(alias);
        foreach (var command in commands)
        {
            group.Subcommands.Add(command);
        }

        return group;
    }

    private static Command Leaf(string name, string description, Option[] options, Argument[] arguments, Func<Commands, CancellationToken, Task<int>> run) =>
        Leaf(name, description, options, arguments, (commands, cancellationToken, _) => run(commands, cancellationToken));

    private static Command Leaf(string name, string description, Option[] options, Argument[] arguments, Func<Commands, CancellationToken, ParseResult, Task<int>> run)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        foreach (var argument in arguments)
        {
            command.Arguments.Add(argument);
        }

        command.SetAction((result, cancellationToken) => RunAsync(result, run, cancellationToken));
        return command;
    }

    /// <summary>Runs one command: the client from the environment (or the demo server), the command, and the exit code.</summary>
    private static async Task<int> RunAsync(ParseResult result, Func<Commands, CancellationToken, ParseResult, Task<int>> run, CancellationToken cancellationToken)
    {
        var options = new CliOptions
        {
            Json = result.GetValue(Json),
            Namespace = result.GetValue(Namespace),
            Prefix = result.GetValue(Prefix),
            Job = result.GetValue(JobFilter),
            PerPage = result.GetValue(PerPage),
            Groups = result.GetValue(Groups) ?? [],
            Topics = result.GetValue(Topics) ?? [],
            Index = result.GetValue(Index),
        };
        var address = result.GetValue(Address);
        var region = result.GetValue(Region);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (result.GetValue(Timeout) is { } timeout)
        {
            deadline.CancelAfter(timeout);
        }

        using var demo = address is null ? DemoServerProcess.StartUnlessSet("NOMAD_ADDR") : null; // demo plumbing
        using var nomad = NomadClient.Create(o =>
        {
            // Flags win over the environment, as in the nomad CLI.
            if (address is not null)
            {
                o.Address = address;
            }

            if (region is not null)
            {
                o.Region = region;
            }
        });
        try
        {
            return await run(new Commands(nomad, new Printer(Console.Out, options.Json), options), deadline.Token, result);
        }
        catch (ApiException e)
        {
            // Nomad's own words: "rpc error: no canaries to promote", "deployment not found", a 403 for a missing ACL, …
            await Console.Error.WriteLineAsync($"Error: {e.Message}");
            return 1;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"Error: {e.Message}");
            return 2;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Stopped.");
            return 1;
        }
    }

    private static T Invalid<T>(System.CommandLine.Parsing.ArgumentResult result, string expected)
    {
        result.AddError($"Cannot parse '{result.Tokens[0].Value}' for {((System.CommandLine.Parsing.OptionResult)result.Parent!).Option.Name}: expected {expected}.");
        return default!;
    }
}
