using System.Text.Json.Serialization.Metadata;

namespace DeploymentSdk.Nomad.Http;

/// <summary>Reads of lists that Nomad answers in one piece (no <c>next_token</c> paging).</summary>
internal static class NomadPipelineListExtensions
{
    /// <summary>A GET of a JSON array; a JSON <c>null</c> reads as an empty list.</summary>
    public static async Task<NomadResponse<IReadOnlyList<T>>> QueryListAsync<T>(
        this NomadPipeline pipeline,
        string path,
        NomadQueryOptions? query,
        JsonTypeInfo<List<T>> typeInfo,
        CancellationToken cancellationToken)
    {
        var response = await pipeline.QueryAsync(path, query, typeInfo, cancellationToken, whenNull: static () => []).ConfigureAwait(false);
        return new NomadResponse<IReadOnlyList<T>>(response.Value, response.Meta);
    }
}
