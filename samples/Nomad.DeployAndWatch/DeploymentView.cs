using DeploymentSdk.Nomad;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DeploymentSdk.Samples.DeployAndWatch;

/// <summary>
/// Shows a deployment's progress: a live table per task group on an interactive terminal (Spectre.Console), or one
/// plain line per change when the output is redirected (CI logs, files, tests).
/// </summary>
internal abstract class DeploymentView
{
    public static DeploymentView ForConsole() =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive ? new LiveView() : new PlainView();

    public abstract void Line(string text);

    /// <summary>Runs <paramref name="follow"/>, which calls its argument with each step of the follower and an optional note.</summary>
    public abstract Task<NomadDeploymentResult> FollowAsync(Func<Action<NomadDeploymentProgress, string?>, Task<NomadDeploymentResult>> follow);

    public abstract void Allocations(IReadOnlyList<AllocationListStub> allocations);

    protected static string Canaries(DeploymentState g) => g.DesiredCanaries > 0
        ? $"{g.PlacedCanaries?.Count ?? 0}/{g.DesiredCanaries}{(g.Promoted == true ? " promoted" : "")}"
        : "-";

    protected static string LastEvent(AllocationListStub a) =>
        a.TaskStates?.Values.SelectMany(t => t.Events ?? []).LastOrDefault() is { } e ? $"{e.Type}: {e.DisplayMessage}" : "";

    private sealed class PlainView : DeploymentView
    {
        public override void Line(string text) => Console.WriteLine(text);

        public override Task<NomadDeploymentResult> FollowAsync(Func<Action<NomadDeploymentProgress, string?>, Task<NomadDeploymentResult>> follow)
        {
            string? following = null;
            return follow((step, note) =>
            {
                if (note is not null)
                {
                    Console.WriteLine($"  {DateTime.Now:HH:mm:ss} {note}");
                    return;
                }

                if (step.Stage == NomadDeploymentStage.Evaluating && step.Evaluation is { } eval)
                {
                    Console.WriteLine($"Evaluation {eval.Status}{(eval.StatusDescription is { Length: > 0 } d ? $": {d}" : "")}");
                }
                else if (step.Stage == NomadDeploymentStage.Deploying && step.Deployment is { } deployment)
                {
                    if (following != deployment.Id)
                    {
                        following = deployment.Id;
                        Console.WriteLine($"Following deployment {deployment.Id?[..8]}:");
                    }

                    var groups = string.Join("; ", (deployment.TaskGroups ?? new Dictionary<string, DeploymentState>()).Select(g =>
                        $"{g.Key}: {g.Value.PlacedAllocs} placed, {g.Value.HealthyAllocs}/{g.Value.DesiredTotal} healthy, {g.Value.UnhealthyAllocs} unhealthy, canaries {Canaries(g.Value)}"));
                    Console.WriteLine($"  {DateTime.Now:HH:mm:ss} {deployment.Status,-10} {groups} - {deployment.StatusDescription}");
                }
            });
        }

        public override void Allocations(IReadOnlyList<AllocationListStub> allocations)
        {
            Console.WriteLine("Allocations:");
            foreach (var a in allocations.OrderBy(a => a.CreateIndex))
            {
                var health = a.DeploymentStatus?.Healthy switch { true => "healthy", false => "unhealthy", null => "-" };
                Console.WriteLine($"  {a.Id?[..8]}  {a.Name,-16} {a.ClientStatus,-8} {health,-9} {(a.DeploymentStatus?.Canary == true ? "canary " : "")}{LastEvent(a)}");
            }
        }
    }

    private sealed class LiveView : DeploymentView
    {
        public override void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));

        public override async Task<NomadDeploymentResult> FollowAsync(Func<Action<NomadDeploymentProgress, string?>, Task<NomadDeploymentResult>> follow)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumns("Task group", "Canaries", "Placed", "Healthy", "Unhealthy", "Progress");
            IRenderable layout = new Markup("[grey]Evaluating…[/]");
            // Notes are part of the live region, under the table: a line written outside it while it is live would
            // land where the region is redrawn and overwrite its title.
            var notes = new List<string>();
            IRenderable status = new Markup(string.Empty);
            return await AnsiConsole.Live(layout).StartAsync(ctx => follow((step, note) =>
            {
                if (note is not null)
                {
                    notes.Add($"[yellow]{DateTime.Now:HH:mm:ss} {Markup.Escape(note)}[/]");
                    ctx.UpdateTarget(Layout(table, status, notes));
                    return;
                }

                if (step.Deployment is not { } d)
                {
                    ctx.UpdateTarget(new Markup($"[grey]Evaluation {Markup.Escape(step.Evaluation?.Status?.ToString() ?? "")}…[/]"));
                    return;
                }

                table.Title = new TableTitle($"Deployment {d.Id?[..8]} of {Markup.Escape(d.JobId ?? "")} v{d.JobVersion}");
                table.Rows.Clear();
                foreach (var (name, g) in d.TaskGroups ?? new Dictionary<string, DeploymentState>())
                {
                    table.AddRow(
                        new Markup(Markup.Escape(name)),
                        new Markup(Canaries(g)),
                        new Markup($"{g.PlacedAllocs}"),
                        new Markup($"[green]{g.HealthyAllocs}[/]/{g.DesiredTotal}"),
                        new Markup(g.UnhealthyAllocs > 0 ? $"[red]{g.UnhealthyAllocs}[/]" : "0"),
                        Bar(g));
                }

                var colour = d.Status == DeploymentStatus.Successful ? "green" : d.Status == DeploymentStatus.Failed ? "red" : "blue";
                status = new Markup($"[{colour}]{d.Status}[/] {Markup.Escape(d.StatusDescription ?? "")}");
                ctx.UpdateTarget(Layout(table, status, notes));
            })).ConfigureAwait(false);
        }

        /// <summary>The table, the legend of its progress bars, the deployment's status, then the notes.</summary>
        private static Rows Layout(Table table, IRenderable status, List<string> notes) =>
            new([table, Legend, status, .. notes.Select(n => new Markup(n))]);

        private static readonly Markup Legend = new("[green]■[/] healthy  [yellow]■[/] starting  [red]■[/] unhealthy  [grey]■[/] to do");

        public override void Allocations(IReadOnlyList<AllocationListStub> allocations)
        {
            var table = new Table().Border(TableBorder.Simple).AddColumns("ID", "Name", "Status", "Health", "Last event");
            foreach (var a in allocations.OrderBy(a => a.CreateIndex))
            {
                var health = a.DeploymentStatus?.Healthy switch { true => "[green]healthy[/]", false => "[red]unhealthy[/]", null => "-" };
                table.AddRow(
                    new Markup(a.Id?[..8] ?? ""),
                    new Markup(Markup.Escape($"{a.Name}{(a.DeploymentStatus?.Canary == true ? " (canary)" : "")}")),
                    new Markup(Markup.Escape(a.ClientStatus?.ToString() ?? "")),
                    new Markup(health),
                    new Markup(Markup.Escape(LastEvent(a))));
            }

            AnsiConsole.Write(table);
        }

        private static BreakdownChart Bar(DeploymentState g) => new BreakdownChart()
            .Width(30)
            .HideTags()
            .AddItem("healthy", Math.Max(g.HealthyAllocs ?? 0, 0), Color.Green)
            .AddItem("starting", Math.Max((g.PlacedAllocs ?? 0) - (g.HealthyAllocs ?? 0) - (g.UnhealthyAllocs ?? 0), 0), Color.Yellow)
            .AddItem("unhealthy", Math.Max(g.UnhealthyAllocs ?? 0, 0), Color.Red)
            .AddItem("to do", Math.Max((g.DesiredTotal ?? 0) - (g.PlacedAllocs ?? 0), 0), Color.Grey);
    }
}
