using DeploymentSdk.Tests.Shared;

namespace DeploymentSdk.CloudFoundry.Tests;

/// <summary>The 1.0 signature rules (see CONTRIBUTING.md, "Public API") over every exported type of the package.</summary>
public sealed class SignatureConventionTests
{
    private static readonly System.Reflection.Assembly Package = typeof(CloudFoundryClient).Assembly;

    [Fact]
    public void The_cancellation_token_is_last_and_optional_everywhere() =>
        Assert.Empty(SignatureConventions.TokenNotLast(Package));

    [Fact]
    public void No_optional_primitive_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.OptionalPrimitiveBeforeToken(Package));

    [Fact]
    public void At_most_one_options_object_comes_before_the_cancellation_token() =>
        Assert.Empty(SignatureConventions.MoreThanOneOptionsObject(Package));

    [Fact]
    public void Every_public_type_is_in_the_package_namespace()
    {
        // Pending: the Authentication types belong to the provider-seam branch; the lead moves them to the root namespace on merge.
        var outside = SignatureConventions.OutsideNamespaces(Package, "DeploymentSdk.CloudFoundry")
            .Where(name => !name.StartsWith("DeploymentSdk.CloudFoundry.Authentication", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(outside);
    }
}
