using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecClient.Generator.Tests;

/// <summary>The generated code adapts to what the user's compiler and runtime support, and compiles in each case.</summary>
public sealed class ClientShapeTests
{
    // The harness references the real runtime (net8.0), which has ISpecClientFactory<TSelf>: no test copy needed.
    [Fact]
    public void Clients_implement_the_factory_interface_when_the_runtime_has_it()
    {
        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) });

        string client = run.Sources["Tests.Domain.DomainClient.g.cs"];
        Assert.Contains("public sealed partial class DomainClient : IDomainClient, global::SpecClient.ISpecClientFactory<DomainClient>", client);
        Assert.Contains("public static DomainClient Create(global::System.Net.Http.HttpClient httpClient, global::SpecClient.SpecClientOptions options) => new DomainClient(httpClient, options);", client);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Before_csharp_11_required_parameters_become_constructor_parameters()
    {
        var csharp10 = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Diagnose);

        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) }, parseOptions: csharp10);

        string source = run.Sources["Tests.Domain.ResendEmailVerification.g.cs"];
        Assert.Contains("public ResendEmailVerificationRequest(string email)", source);
        Assert.DoesNotContain("required ", source);
        Assert.DoesNotContain("ISpecClientFactory", run.Sources["Tests.Domain.DomainClient.g.cs"]);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Before_csharp_8_the_generator_says_why_it_emits_nothing()
    {
        var csharp73 = new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose);

        GeneratorRun run = GeneratorHarness.Run(new[] { GeneratorHarness.Spec(TestSpecs.SeedPage) }, parseOptions: csharp73);

        Diagnostic error = Assert.Single(run.SpecDiagnostics, d => d.Id == "SPEC014");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Empty(run.Sources);
    }
}
