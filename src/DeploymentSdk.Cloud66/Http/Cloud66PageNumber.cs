using System.Globalization;

namespace DeploymentSdk.Cloud66.Http;

/// <summary>Cloud66 pages by number: a continuation token is the number of the page to ask for.</summary>
internal static class Cloud66PageNumber
{
    /// <summary>The <c>page</c> parameter for <paramref name="continuationToken"/> (null for the first page).</summary>
    /// <exception cref="ArgumentException">The token is not a page number from an earlier page.</exception>
    public static string? Of(string? continuationToken)
    {
        if (continuationToken is null)
        {
            return null;
        }

        if (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1)
        {
            throw new ArgumentException(
                $"'{continuationToken}' is not a Cloud66 continuation token: it must be a page number from an earlier page.",
                nameof(continuationToken));
        }

        return continuationToken;
    }
}
