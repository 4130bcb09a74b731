using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SpecClient.Generator.Tests;

/// <summary>Paginators appear only where IAsyncEnumerable does, and compile down to C# 8.</summary>
public sealed class PaginatorShapeTests
{
    private static readonly string[] PagingPages =
    {
        Path.Combine(TestSpecs.DomainFolder, "QueryDomainList.md"),
        Path.Combine(TestSpecs.DomainFolder, "ListEmailVerification.md"),
    };

    [Fact]
    public void Csharp_8_gets_paginators_that_compile_without_warnings()
    {
        var csharp8 = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

        GeneratorRun run = GeneratorHarness.Run(PagingPages.Select(GeneratorHarness.Spec), parseOptions: csharp8);

        Assert.Contains("QueryDomainListItemsAsync(this IDomainClient client", run.Sources["Tests.Domain.QueryDomainList.g.cs"]);
        Assert.Contains("ListEmailVerificationPagesAsync(this IDomainClient client", run.Sources["Tests.Domain.ListEmailVerification.g.cs"]);
        Assert.Contains("public static partial class DomainPaginators", run.Sources["Tests.Domain.DomainClient.g.cs"]);
        Assert.Empty(run.CompileDiagnostics.Select(d => d.ToString()));
    }

    // The offline reference packs are all .NET 8+, which has IAsyncEnumerable, and a shadowing definition loses to the
    // core library's: the gate is seen open here, and the closed shape is emitted from options with it closed.
    [Fact]
    public void Without_a_usable_IAsyncEnumerable_no_paginator_is_emitted()
    {
        Emit.EmitOptions with_ = SpecInputs.EmitOptionsOf(GeneratorHarness.Compilation("namespace Tests { internal static class Anchor { } }"));
        Emit.EmitOptions without = with_ with { UsePaginators = false };
        Model.Operation operation = Reading.SpecReader.Read(new Model.SpecFile(PagingPages[0], File.ReadAllText(PagingPages[0]), Model.SpecOptions.None), default).Operations.Single()
            with { Namespace = "Tests", ClientName = "DomainClient" };

        Assert.True(with_.UsePaginators);
        Assert.Contains("CopyForPage", Emit.OperationEmitter.Emit(operation, with_));
        string source = Emit.OperationEmitter.Emit(operation, without);
        Assert.DoesNotContain("CopyForPage", source);
        Assert.DoesNotContain("Paginators", source);
        Assert.Contains("QueryDomainListAsync(QueryDomainListRequest request", source);
    }
}
