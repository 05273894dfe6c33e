using DeploymentSdk.Testing;

namespace DeploymentSdk.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one() => PublicApiApproval.Verify(typeof(ApiException).Assembly);

    [Fact]
    public void Public_classes_are_sealed_except_the_documented_extension_points() =>
        // ApiException and Page<T> are derived by each provider; everything else is sealed.
        Assert.Empty(PublicApiApproval.UnsealedClasses(typeof(ApiException).Assembly, typeof(ApiException), typeof(Page<>)));
}
