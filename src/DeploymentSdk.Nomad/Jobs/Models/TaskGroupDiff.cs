namespace DeploymentSdk.Nomad;

/// <summary>The difference between two versions of a task group.</summary>
public sealed class TaskGroupDiff : ApiModel
{
    /// <summary>Whether the group was added, deleted, edited or is unchanged.</summary>
    public JobDiffType? Type { get; set; }

    /// <summary>The group name.</summary>
    public string? Name { get; set; }

    /// <summary>Changed fields of the group.</summary>
    public IList<FieldDiff>? Fields { get; set; }

    /// <summary>Changed nested objects of the group.</summary>
    public IList<ObjectDiff>? Objects { get; set; }

    /// <summary>Changed tasks.</summary>
    public IList<TaskDiff>? Tasks { get; set; }

    /// <summary>What the scheduler would do with the group's allocations (plan only): counts by update type such as create, destroy, in-place update.</summary>
    public IDictionary<string, ulong>? Updates { get; set; }
}
