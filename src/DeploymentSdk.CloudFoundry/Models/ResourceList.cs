namespace DeploymentSdk.CloudFoundry;

/// <summary>A page of a Cloud Foundry list answer: <c>pagination</c> and <c>resources</c>.</summary>
/// <typeparam name="T">The resource type.</typeparam>
internal sealed class ResourceList<T> : ApiModel
{
    public Pagination? Pagination { get; set; }

    public IList<T>? Resources { get; set; }
}
