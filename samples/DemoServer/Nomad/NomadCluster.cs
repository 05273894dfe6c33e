using System.Text.Json.Nodes;

namespace DeploymentSdk.Samples.Demo;

/// <summary>
/// The simulated Nomad cluster: jobs, evaluations, deployments and allocations, and a scheduler that moves them one
/// small step per <see cref="Step"/>. No randomness: the same calls in the same order give the same IDs and states.
/// </summary>
/// <remarks>
/// A step advances every allocation by one phase (placed → running → healthy, or → restarting → failed; stopping →
/// complete), schedules pending evaluations, and moves each running deployment on: place canaries, wait for them to be
/// healthy, wait for promotion (or auto-promote), then replace the old allocations <c>max_parallel</c> at a time, and
/// end successful — or failed as soon as an allocation is unhealthy (rolling back when <c>auto_revert</c> is set).
/// Every change gets a new Raft-like index, which is what blocking queries wait on.
/// </remarks>
internal sealed partial class NomadCluster
{
    private static readonly (string Id, string Name)[] Nodes =
    [
        (NomadFormat.Uuid("node-1"), "client-1"),
        (NomadFormat.Uuid("node-2"), "client-2"),
        (NomadFormat.Uuid("node-3"), "client-3"),
    ];

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ulong _index = 1;
    private ulong? _operationIndex;
    private int _sequence;
    private int _nodeCursor;
    private DateTimeOffset? _seedClock;

    public NomadCluster(TimeProvider time)
    {
        _time = time;
        Seed();
    }

    public List<NomadJob> Jobs { get; } = [];

    public List<NomadEvaluation> Evaluations { get; } = [];

    public List<NomadDeployment> Deployments { get; } = [];

    public List<NomadAllocation> Allocations { get; } = [];

    public ulong JobsIndex { get; private set; }

    public ulong EvaluationsIndex { get; private set; }

    public ulong DeploymentsIndex { get; private set; }

    public ulong AllocationsIndex { get; private set; }

    /// <summary>The index of the last change anywhere.</summary>
    public ulong Index => _index;

    private DateTimeOffset Now => _seedClock ?? _time.GetUtcNow();

    /// <summary>Runs <paramref name="read"/> under the cluster's lock; also returns a task that completes at the next change.</summary>
    public (T Value, Task Changed) Read<T>(Func<NomadCluster, T> read)
    {
        lock (_gate)
        {
            return (read(this), _changed.Task);
        }
    }

    /// <summary>Runs <paramref name="write"/> under the lock as one operation (one index), then wakes blocked readers.</summary>
    public T Write<T>(Func<NomadCluster, T> write)
    {
        TaskCompletionSource? changed = null;
        T result;
        lock (_gate)
        {
            try
            {
                result = write(this);
            }
            finally
            {
                if (_operationIndex is { } index)
                {
                    RecordEvents(index);
                    _operationIndex = null;
                    changed = _changed;
                    _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }
            }
        }

        changed?.TrySetResult();
        return result;
    }

    /// <summary>Advances the simulation one step.</summary>
    public void Step() => Write(cluster =>
    {
        cluster.StepCore();
        return 0;
    });

    public NomadJob? FindJob(string ns, string id) => Jobs.Find(j => j.Id == id && j.Namespace == ns);

    private void StepCore()
    {
        foreach (var alloc in Allocations.Where(a => a.Phase is not (AllocPhase.Settled or AllocPhase.Failed or AllocPhase.Complete)).ToList())
        {
            Advance(alloc);
        }

        foreach (var alloc in Allocations.Where(a => a.Phase == AllocPhase.Settled && a.DesiredStatus == "run"))
        {
            Serve(alloc);
        }

        foreach (var eval in Evaluations.Where(e => e.Status == "pending").ToList())
        {
            Schedule(eval);
        }

        foreach (var deployment in Deployments.Where(d => d.Status == "running").ToList())
        {
            Progress(deployment);
        }

        foreach (var job in Jobs)
        {
            var allocs = Allocations.Where(a => a.JobId == job.Id && a.Namespace == job.Namespace).ToList();
            var status = allocs.Exists(a => !a.IsTerminal) ? "running" : allocs.Count > 0 || job.Stop ? "dead" : "pending";
            if (status != job.Status)
            {
                job.Status = status;
                TouchJob(job);
            }
        }
    }

    private string NextId(string kind) => NomadFormat.Uuid($"{kind}-{++_sequence}");

    /// <summary>The index of the current operation: every change made by one call or one step shares it.</summary>
    private ulong OperationIndex() => _operationIndex ??= ++_index;

    private void TouchJob(NomadJob job)
    {
        job.ModifyIndex = JobsIndex = OperationIndex();
    }

    private void TouchEval(NomadEvaluation eval)
    {
        eval.ModifyIndex = EvaluationsIndex = OperationIndex();
        eval.ModifyTime = Now;
    }

    private void TouchDeployment(NomadDeployment deployment)
    {
        deployment.ModifyIndex = DeploymentsIndex = OperationIndex();
        deployment.ModifyTime = Now;
    }

    private void TouchAlloc(NomadAllocation alloc)
    {
        alloc.ModifyIndex = AllocationsIndex = OperationIndex();
        alloc.ModifyTime = Now;
    }
}
