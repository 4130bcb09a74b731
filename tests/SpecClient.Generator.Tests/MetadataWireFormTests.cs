using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The parameter styles of api-docs.json reach the wire in their documented form: the generated request
/// class is compiled, loaded and asked to write itself.
/// </summary>
public sealed class MetadataWireFormTests
{
    private const string Spec = """
        {
          "info": {"style": "RPC", "product": "Wire", "version": "2020-01-01"},
          "endpoints": [{"regionId": "cn-hangzhou", "endpoint": "wire.aliyuncs.com"}],
          "apis": {
            "SendThings": {
              "methods": ["post"],
              "parameters": [
                {"name": "RegionId", "in": "query", "schema": {"type": "string", "required": true}},
                {"name": "InstanceId", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "Tag", "in": "query", "style": "repeatList", "schema": {"type": "array", "items": {"type": "object", "properties": {
                  "Key": {"type": "string"}, "Value": {"type": "string"}}}}},
                {"name": "Permissions", "in": "query", "style": "flat", "schema": {"type": "array", "items": {"type": "object", "properties": {
                  "Policy": {"type": "string"}}}}},
                {"name": "SystemDisk", "in": "query", "style": "flat", "schema": {"type": "object", "properties": {
                  "Category": {"type": "string"}, "Size": {"type": "integer", "format": "int32"}}}},
                {"name": "SystemDisk.Iops", "in": "query", "schema": {"type": "integer", "format": "int64"}},
                {"name": "Filter.1.Key", "in": "query", "schema": {"type": "string"}},
                {"name": "Parameters", "in": "query", "style": "json", "schema": {"type": "object"}},
                {"name": "Names", "in": "query", "style": "simple", "schema": {"type": "array", "items": {"type": "string"}}},
                {"name": "Config", "in": "query", "style": "flat", "schema": {"type": "object", "properties": {
                  "Disks": {"type": "array", "items": {"type": "object", "properties": {"Size": {"type": "integer", "format": "int32"}}}},
                  "Labels": {"type": "array", "items": {"type": "string"}}}}},
                {"name": "Count", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                {"name": "Enabled", "in": "formData", "schema": {"type": "boolean"}}
              ],
              "responses": {"200": {"schema": {"type": "object", "properties": {"RequestId": {"type": "string"}}}}}
            }
          }
        }
        """;

    private const string Probe = """
        namespace Tests.Wire
        {
            /// <summary>Writes a request with every style set.</summary>
            public static class Probe
            {
                /// <summary>The wire parameters.</summary>
                /// <returns>Names and values.</returns>
                public static global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>> Write()
                {
                    var request = new SendThingsRequest
                    {
                        RegionId = "cn-hangzhou",
                        InstanceId = new[] { "i-1", "i-2" },
                        Tag = new[] { new SendThingsRequest.TagItem { Key = "env", Value = "prod" }, new SendThingsRequest.TagItem { Key = "team" } },
                        Permissions = new[] { new SendThingsRequest.PermissionsItem { Policy = "accept" } },
                        SystemDisk = new SendThingsRequest.SystemDiskInfo { Category = "cloud_essd", Size = 40, Iops = 3000 },
                        Filter = new[] { new SendThingsRequest.FilterItem { Key = "CreationStartTime" } },
                        Parameters = "{\"name\":\"Jack\"}",
                        Names = "a,b",
                        Config = new SendThingsRequest.ConfigInfo
                        {
                            Disks = new[] { new SendThingsRequest.ConfigInfo.DisksItem { Size = 20 } },
                            Labels = new[] { "x", "y" },
                        },
                        Count = 3,
                        Enabled = true,
                    };
                    var apiRequest = new global::SpecClient.ApiRequest(WireOperations.SendThings);
                    request.WriteTo(apiRequest);
                    return apiRequest.Parameters;
                }
            }
        }
        """;

    [Fact]
    public void Each_style_writes_its_documented_wire_names()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/wire/wire.api-docs.json", Spec) }, extraSource: Probe);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));

        IReadOnlyList<KeyValuePair<string, string>> written = Invoke(run.Output);

        Assert.Equal(
            new[]
            {
                "RegionId=cn-hangzhou",
                "InstanceId.1=i-1", "InstanceId.2=i-2",
                "Tag.1.Key=env", "Tag.1.Value=prod", "Tag.2.Key=team",
                "Permissions.1.Policy=accept",
                "SystemDisk.Category=cloud_essd", "SystemDisk.Size=40", "SystemDisk.Iops=3000",
                "Filter.1.Key=CreationStartTime",
                "Parameters={\"name\":\"Jack\"}",
                "Names=a,b",
                "Config.Disks.1.Size=20", "Config.Labels.1=x", "Config.Labels.2=y",
                "Count=3",
                "Enabled=true",
            },
            written.Select(p => p.Key + "=" + p.Value).OrderBy(Order));
    }

    [Fact]
    public void The_doc_comments_say_how_json_and_simple_values_are_passed()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec("/specs/wire/wire.api-docs.json", Spec) });
        string source = run.Sources["Tests.Wire.SendThings.g.cs"];

        Assert.Contains("/// <summary>Pass the value as JSON text; it is sent as one parameter.</summary>", source);
        Assert.Contains("Pass the values joined with commas (,); they are sent as one parameter.", source);
        Assert.Contains("public const string DefaultEndpoint = \"wire.aliyuncs.com\";", run.Sources["Tests.Wire.WireClient.g.cs"]);
    }

    // Groups the pairs by parameter in declaration order; within a parameter WriteTo's order stays (OrderBy is stable).
    private static int Order(string pair) =>
        Array.FindIndex(new[] { "RegionId", "InstanceId", "Tag", "Permissions", "SystemDisk", "Filter", "Parameters", "Names", "Config", "Count", "Enabled" }, p => pair.StartsWith(p + "=", StringComparison.Ordinal) || pair.StartsWith(p + ".", StringComparison.Ordinal));

    private static IReadOnlyList<KeyValuePair<string, string>> Invoke(Compilation compilation)
    {
        using var image = new MemoryStream();
        EmitResult result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("MetadataWireForm", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(image);
            MethodInfo write = assembly.GetType("Tests.Wire.Probe", throwOnError: true)!.GetMethod("Write")!;
            return (IReadOnlyList<KeyValuePair<string, string>>)write.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
