using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// SLS PullLogs' answer of bytes, read from its real page: the request syntax asks for
/// <c>Accept: application/x-protobuf</c>, so the response is a <c>byte[] Body</c> read from the decompressed body,
/// and the headers its response section lists as bullets (x-log-cursor, x-log-count) are header fields.
/// </summary>
public sealed class BinaryResponseTests
{
    private static readonly string Sls = Path.GetFullPath(Path.Combine(TestSpecs.RepoRoot, "..", "shared", "corpus", "md", "sls"));

    [Fact]
    public void A_request_syntax_that_accepts_protobuf_makes_the_response_a_body_of_bytes_with_its_listed_headers()
    {
        Operation pullLogs = Read("PullLogs.md");

        ResponseField body = Assert.Single(pullLogs.Response, f => f.IsWholeBody);
        Assert.Equal(("Body", ValueShape.Scalar, ScalarKind.Binary, "application/x-protobuf"), (body.PropertyName, body.Shape, body.Kind, body.MediaType));
        Assert.Contains("SpecClient.Sls.LogGroupList.Parse(Body)", body.Doc.Summary);
        Assert.Equal(
            new[] { "x-log-cursor:XLogCursor:String:The cursor of the next log.", "x-log-count:XLogCount:Int64:The number of returned logs." },
            pullLogs.Response.Where(f => f.FromHeader).Select(f => f.WireName + ":" + f.PropertyName + ":" + f.Kind + ":" + f.Doc.Summary));
        ResponseField cursor = pullLogs.Response.Single(f => f.WireName == "x-log-cursor");
        Assert.Equal((54, 4), (cursor.Location.Line, cursor.Location.Column));
    }

    [Theory]
    [InlineData("GetCursor.md")]     // Content-Type: application/json, no Accept
    [InlineData("GetIndex.md")]      // Content-Type: application/x-protobuf on a GET: what is sent, not what is asked for
    [InlineData("PutLogs.md")]
    public void Pages_that_do_not_ask_for_bytes_keep_their_json_response(string page)
    {
        Operation operation = Read(page);

        Assert.DoesNotContain(operation.Response, f => f.IsBytesBody);
    }

    [Fact]
    public void The_generated_client_asks_for_protobuf_and_compiles()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(Path.Combine(Sls, "PullLogs.md")), GeneratorHarness.Spec(Path.Combine(Sls, "GetCursor.md")) });

        string source = run.Sources.Single(s => s.Key.EndsWith(".PullLogs.g.cs", StringComparison.Ordinal)).Value;
        Assert.Contains("public byte[] Body { get; init; } = global::System.Array.Empty<byte>();", source);
        Assert.Contains("internal static PullLogsResponse Read(byte[] body) => new PullLogsResponse { Body = body };", source);
        Assert.Contains("response.XLogCount = headers.Int64(\"x-log-count\");", source);
        Assert.Contains("SendAsync<PullLogsResponse>(apiRequest, \"application/x-protobuf\", PullLogsResponse.Read, PullLogsResponse.ReadHeaders, cancellationToken);", source);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    private static Operation Read(string page)
    {
        string path = Path.Combine(Sls, page);
        return MarkdownSpecReader.Read(new SpecFile(path, File.ReadAllText(path), SpecOptions.None), default).Operations.Single();
    }
}
