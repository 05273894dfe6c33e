using DeploymentSdk.Tests.Shared;

namespace DeploymentSdk.Tests;

/// <summary>The shared-option-names rule run by every provider's convention tests catches the drift it is meant to.</summary>
public sealed class SharedOptionNamesRuleTests
{
    [Fact]
    public void A_synonym_a_hidden_shared_option_and_a_second_address_are_each_reported()
    {
        var problems = SignatureConventions.OptionsOutsideSharedNames(typeof(SharedOptionNamesRuleTests).Assembly).ToList();

        Assert.Contains("DriftedClientOptions.BaseAddress renames or hides a shared option of ApiClientOptions", problems);
        Assert.Contains("DriftedClientOptions.Token renames or hides a shared option of ApiClientOptions", problems);
        Assert.Contains("DriftedClientOptions.UaaAddress is a second address; the API's address is Address", problems);
        Assert.Contains("StandaloneClientOptions does not derive from ApiClientOptions", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("ConformingClientOptions", StringComparison.Ordinal));
    }

    /// <summary>Drifted on purpose: a synonym, a hidden base option and a second address.</summary>
    public sealed class DriftedClientOptions() : ApiClientOptions(null, TimeSpan.FromSeconds(1), 1)
    {
        /// <summary>A synonym of Address.</summary>
        public Uri? BaseAddress { get; set; }

        /// <summary>Hides the base Token.</summary>
        public new string? Token { get; set; }

        /// <summary>A second address.</summary>
        public Uri? UaaAddress { get; set; }
    }

    /// <summary>Not derived from the shared base.</summary>
    public sealed class StandaloneClientOptions
    {
        /// <summary>Any setting.</summary>
        public int Retries { get; set; }
    }

    /// <summary>Follows the rule: shared names inherited, only its own settings declared.</summary>
    public sealed class ConformingClientOptions() : ApiClientOptions(null, TimeSpan.FromSeconds(1), 1)
    {
        /// <summary>A platform-specific setting.</summary>
        public string? Region { get; set; }
    }
}
