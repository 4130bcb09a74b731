using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;
using SpecClient.Generator.Reading.Json;
using Xunit.Abstractions;

namespace SpecClient.Generator.Tests;

/// <summary>
/// Reading (not compiling) every corpus file: each api becomes an operation, nothing is lost to a reader
/// bug, ROA operations keep method and path; prints the figures per product and diagnostic id.
/// </summary>
public sealed class MetadataCorpusFiguresTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_api_of_every_file_becomes_an_operation()
    {
        var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        foreach (string path in MetadataSpecs.Files)
        {
            string text = File.ReadAllText(path);
            int apis = ((JsonObject)JsonParser.Parse(text)).GetObject("apis")!.Count;

            var clock = System.Diagnostics.Stopwatch.StartNew();
            SpecReadResult result = MetadataSpecReader.Read(new SpecFile(path, text, SpecOptions.None), default);
            clock.Stop();

            Assert.Equal(apis, result.Operations.Count);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SPEC001");
            Assert.All(result.Operations, o => Assert.Contains(o.Response, f => f.WireName.Equals("RequestId", StringComparison.OrdinalIgnoreCase)));
            total += apis;
            output.WriteLine(
                Path.GetFileName(path) + ": read in " + clock.ElapsedMilliseconds + " ms, " + result.Operations.Count + " operations, " + result.Operations.Sum(o => o.Parameters.Count) + " parameters, "
                + result.Operations.Sum(o => Count(o.Response)) + " response fields, " + result.Operations.Sum(o => o.Errors.Count) + " error codes, "
                + result.Operations.Count(o => o.SampleJson is not null) + " JSON samples; diagnostics: "
                + string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + " x" + g.Count())));
            foreach (var group in result.Diagnostics.GroupBy(d => d.Id))
            {
                byId[group.Key] = byId.GetValueOrDefault(group.Key) + group.Count();
                DiagnosticInfo first = group.First();
                output.WriteLine("  e.g. " + first.Id + " at " + (first.Location.Line + 1) + "," + (first.Location.Column + 1) + ": " + first.Message);
            }
        }

        output.WriteLine("total: " + total + " operations; diagnostics: " + string.Join(", ", byId.Select(p => p.Key + " x" + p.Value)));
        Assert.Equal(1240, total);
    }

    [Fact]
    public void Roa_operations_keep_their_method_and_path()
    {
        foreach (string product in new[] { "elasticsearch", "sls" })
        {
            SpecReadResult result = MetadataParityTests.ReadMetadata(product);
            Assert.All(result.Operations, o =>
            {
                Assert.Equal(ApiStyleKind.Roa, o.Style);
                Assert.StartsWith("/", o.Path);
                Assert.Contains(o.HttpMethod, new[] { "GET", "POST", "PUT", "DELETE", "PATCH" });
            });
        }

        Operation streams = MetadataParityTests.ReadMetadata("elasticsearch").Operations.Single(o => o.Name == "ListDataStreams");
        Assert.Equal(("GET", "/openapi/instances/{InstanceId}/data-streams"), (streams.HttpMethod, streams.Path));
        Assert.Equal(ParameterPosition.Path, streams.Parameters.Single(p => p.WireName == "InstanceId").Position);

        Operation logstore = MetadataParityTests.ReadMetadata("sls").Operations.Single(o => o.Name == "GetLogStore");
        Assert.Equal(("GET", "/logstores/{logstore}"), (logstore.HttpMethod, logstore.Path));
        Assert.Equal(new[] { ParameterPosition.Path, ParameterPosition.Host }, logstore.Parameters.Select(p => p.Position));
        // The response is the $ref'd logstore schema's fields, then the RequestId every response gets.
        Assert.Equal("logstoreName", logstore.Response[0].WireName);
        Assert.Equal(("encrypt_conf", "EncryptConf"), (logstore.Response.Single(f => f.WireName == "encrypt_conf").WireName, logstore.Response.Single(f => f.WireName == "encrypt_conf").TypeName));
        Assert.Equal("cn-hangzhou.log.aliyuncs.com", logstore.Endpoint);
        Assert.Equal(29, logstore.RegionEndpoints.Count);
    }

    private static int Count(EquatableArray<ResponseField> fields) => fields.Sum(f => 1 + Count(f.Children));
}
