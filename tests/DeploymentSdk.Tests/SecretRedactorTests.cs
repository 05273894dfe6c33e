using DeploymentSdk.Http;

namespace DeploymentSdk.Tests;

/// <summary>The core's redactor: known secrets, credential-looking values and address user info, and nothing else.</summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("you sent s3cr3t-token-1", "you sent [redacted]")]
    [InlineData("""{"detail":"Authorization: Bearer abc.def-123"}""", """{"detail":"Authorization: Bearer [redacted]"}""")]
    [InlineData("""{"refresh_token":"rt-9f8e7d","error":"invalid_grant"}""", """{"refresh_token":"[redacted]","error":"invalid_grant"}""")]
    [InlineData("client_secret=hunter22&grant_type=x", "client_secret=[redacted]&grant_type=x")]
    [InlineData("X-Nomad-Token: 0b1c2d3e", "X-Nomad-Token: [redacted]")]
    [InlineData("see https://admin:pa55word@host/x", "see https://[redacted]@host/x")]
    [InlineData("The token needs the deploy scope; basic authentication is off", "The token needs the deploy scope; basic authentication is off")]
    public void Removes_known_secrets_and_credential_looking_values_only(string text, string expected) =>
        Assert.Equal(expected, new SecretRedactor("s3cr3t-token-1").Redact(text));

    [Fact]
    public void Remembers_earlier_secrets_after_a_rotation_and_the_url_escaped_form()
    {
        var redactor = new SecretRedactor("first/token+1");
        redactor.Add("Bearer second-token-2");

        Assert.Equal("[redacted] [redacted] [redacted]", redactor.Redact("first/token+1 first%2Ftoken%2B1 second-token-2"));
    }

    [Fact]
    public void Forgets_only_the_oldest_secret_beyond_its_capacity()
    {
        var redactor = new SecretRedactor();
        for (var i = 0; i <= SecretRedactor.MaxSecrets; i++)
        {
            redactor.Add($"secret-number-{i:D2}");
        }

        Assert.Equal("secret-number-00 [redacted]", redactor.Redact($"secret-number-00 secret-number-{SecretRedactor.MaxSecrets:D2}"));
    }

    [Theory]
    [InlineData("https://user:pw@nomad:4646", "https://[redacted]@nomad:4646")]
    [InlineData("user:pw@nomad:4646", "[redacted]@nomad:4646")]
    [InlineData("http://nomad:4646", "http://nomad:4646")]
    public void Addresses_lose_their_user_info(string address, string expected) =>
        Assert.Equal(expected, SecretRedactor.RedactAddress(address));
}
