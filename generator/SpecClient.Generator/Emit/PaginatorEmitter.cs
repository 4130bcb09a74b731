using System.Collections.Generic;
using System.Linq;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emit;

/// <summary>
/// Emits the paging helpers of an operation that follows a paging convention (<see cref="Pagination"/>): extension
/// methods on the client's interface that yield every page's response, or every item of every page, as an
/// <c>IAsyncEnumerable</c>. Extension methods, not interface members, so a mock of the interface pages too.
/// </summary>
internal static class PaginatorEmitter
{
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    /// <summary>The documented declaration of the client's paginators class, emitted once with the client.</summary>
    public static void EmitClass(SourceWriter w, ProductClient client, EmitOptions options)
    {
        if (!options.UsePaginators || !client.Operations.Any(o => o.Pagination is not null))
        {
            return;
        }

        w.Line();
        w.Summary("Async streams over the pages and items of the " + client.Product + " operations that page their results.");
        w.Open("public static partial class ", ClientNames.Paginators(client.ClientName));
        w.Close();
    }

    public static void Emit(SourceWriter w, Operation operation, EmitOptions options)
    {
        if (!options.UsePaginators || operation.Pagination is not { } pagination)
        {
            return;
        }

        string name = Identifier.Pascal(operation.Name);
        string request = name + "Request";
        string response = name + "Response";
        string itemType = ItemType(operation.Response, pagination.Items, response);
        string inputType = TypeNames.Scalar(pagination.Input.Kind);
        string signature = "(this " + ClientNames.Interface(operation.ClientName!) + " client, " + request + " request, " + CancellationToken + " cancellationToken = default)";

        w.Line();
        w.Open("public sealed partial class ", request);
        w.Line("/// <summary>A copy of this request for another page. The copy shares list and object members, which paging never changes.</summary>");
        w.Begin("internal ").Write(request).Write(" CopyForPage(").Write(inputType).EndOpen(" value)");
        w.Line("var copy = (", request, ")this.MemberwiseClone();");
        w.Line("copy.", pagination.Input.PropertyName, " = value;");
        w.Line("return copy;");
        w.Close();
        w.Close();
        w.Line();

        w.Open("public static partial class ", ClientNames.Paginators(operation.ClientName!));
        w.Begin("/// <summary>Calls ").WriteXml(operation.Name).Write(" page after page, from the request's ").WriteXml(pagination.Input.WireName)
            .End(" on, and yields each page's response as it arrives.</summary>");
        Parameters(w, pagination);
        w.Line("/// <returns>The responses, one per page; a page is fetched when the enumeration reaches it.</returns>");
        // The same remarks on both methods: made once.
        string stops = StopText(pagination);
        w.Remarks(stops);
        AsyncEnumerable(w.Begin("public static "), response).Write(" ").Write(name).Write("PagesAsync").EndOpen(signature);
        Validate(w);
        w.Line("return ", name, "PagesCore(client, request, cancellationToken);");
        w.Close();
        w.Line();

        Path(w.Begin("/// <summary>Calls ").WriteXml(operation.Name).Write(" page after page and yields the items of every page's "), pagination.Items)
            .End(", in order.</summary>");
        Parameters(w, pagination);
        w.Line("/// <returns>The items of all pages; a page is fetched when the enumeration reaches it.</returns>");
        w.Remarks(stops);
        AsyncEnumerable(w.Begin("public static "), itemType).Write(" ").Write(name).Write("ItemsAsync").EndOpen(signature);
        Validate(w);
        w.Line("return ", name, "ItemsCore(client, request, cancellationToken);");
        w.Close();
        w.Line();

        string core = "(" + ClientNames.Interface(operation.ClientName!) + " client, " + request + " request, [global::System.Runtime.CompilerServices.EnumeratorCancellation] " + CancellationToken + " cancellationToken)";
        AsyncEnumerable(w.Begin("private static async "), itemType).Write(" ").Write(name).Write("ItemsCore").EndOpen(core);
        w.Begin("await foreach (").Write(response).Write(" page in global::System.Threading.Tasks.TaskAsyncEnumerableExtensions.ConfigureAwait(").Write(name)
            .EndOpen("PagesCore(client, request, cancellationToken), false))");
        Items(w.Begin("foreach (").Write(itemType).Write(" item in "), "page", pagination.Items, itemType).EndOpen(")");
        w.Line("yield return item;");
        w.Close();
        w.Close();
        w.Close();
        w.Line();

        AsyncEnumerable(w.Begin("private static async "), response).Write(" ").Write(name).Write("PagesCore").EndOpen(core);
        w.Line(request, " next = request;");
        if (pagination.Kind == PaginationKind.Token)
        {
            TokenLoop(w, operation, pagination, response, itemType);
        }
        else if (pagination.Kind == PaginationKind.Offset)
        {
            OffsetLoop(w, operation, pagination, response, itemType, inputType);
        }
        else
        {
            PageNumberLoop(w, operation, pagination, response, itemType, inputType);
        }

        w.Close();
        w.Close();
    }

    private static void PageNumberLoop(SourceWriter w, Operation operation, Pagination pagination, string response, string itemType, string inputType)
    {
        string input = "request." + pagination.Input.PropertyName;
        w.Line(inputType, " pageNumber = ", (pagination.Input.IsRequired ? input : input + " ?? 1"), ";");
        w.Line("long seen = 0;");
        w.Open("while (true)");
        Call(w, operation, response, pagination, itemType);
        var stops = new List<string> { "items.Count == 0" };
        if (pagination.TotalCount.Count > 0)
        {
            stops.Add("(" + Member("response", pagination.TotalCount) + " is { } total && seen >= total)");
        }

        if (pagination.TotalPages.Count > 0)
        {
            stops.Add("(" + Member("response", pagination.TotalPages) + " is { } pages && pageNumber >= pages)");
        }

        if (pagination.HasNextPage.Count > 0)
        {
            stops.Add(Member("response", pagination.HasNextPage) + " == false");
        }

        if (stops.Count == 1 && pagination.PageSize is { } size)
        {
            // Nothing in the response says where the list ends, so a service that ignored the page number would be
            // asked for the same page forever: a page shorter than the size asked for is the last.
            string requested = "request." + size.PropertyName;
            stops.Add(size.IsRequired ? "items.Count < " + requested : "(" + requested + " is { } size && items.Count < size)");
        }

        Stop(w, stops);
        w.Line("pageNumber++;");
        w.Line("next = request.CopyForPage(pageNumber);");
        w.Close();
    }

    private static void OffsetLoop(SourceWriter w, Operation operation, Pagination pagination, string response, string itemType, string inputType)
    {
        string input = "request." + pagination.Input.PropertyName;
        w.Line(inputType, " offset = ", (pagination.Input.IsRequired ? input : input + " ?? 0"), ";");
        w.Open("while (true)");
        Call(w, operation, response, pagination, itemType);
        var stops = new List<string> { "items.Count == 0" };
        if (pagination.TotalCount.Count > 0)
        {
            stops.Add("(" + Member("response", pagination.TotalCount) + " is { } total && offset + items.Count >= total)");
        }

        Stop(w, stops);
        string following = "offset + items.Count";
        if (pagination.Next.Count > 0)
        {
            following = Member("response", pagination.Next) + " is { } given ? (" + inputType + ")given : " + following;
        }

        w.Line(inputType, " nextOffset = ", following, ";");
        w.Open("if (nextOffset <= offset)");
        w.Line("throw new global::System.InvalidOperationException(" + SourceWriter.Literal(operation.Name + " named the " + pagination.Input.WireName + " ") + " + nextOffset.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " + SourceWriter.Literal(" for the page after the one at ") + " + offset.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " + SourceWriter.Literal("; paging stopped instead of reading the same pages again.") + ");");
        w.Close();
        w.Line();
        w.Line("offset = nextOffset;");
        w.Line("next = request.CopyForPage(offset);");
        w.Close();
    }

    private static void TokenLoop(SourceWriter w, Operation operation, Pagination pagination, string response, string itemType)
    {
        // Every token handed out so far: a service that repeats one would otherwise be asked for the same pages forever.
        string input = "request." + pagination.Input.PropertyName;
        w.Line("var tokens = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);");
        w.Open("if (!string.IsNullOrEmpty(", input, "))");
        w.Line("tokens.Add(", input, "!);");
        w.Close();
        w.Line();
        w.Open("while (true)");
        Call(w, operation, response, pagination, itemType);
        w.Line("string? token = ", Member("response", pagination.Next), ";");
        var stops = new List<string> { "items.Count == 0", "string.IsNullOrEmpty(token)" };
        if (pagination.IsTruncated.Count > 0)
        {
            stops.Add(Member("response", pagination.IsTruncated) + " == false");
        }

        Stop(w, stops);
        w.Open("if (!tokens.Add(token!))");
        w.Line("throw new global::System.InvalidOperationException(", SourceWriter.Literal(operation.Name + " returned the " + pagination.Input.WireName + " '"), " + token + ", SourceWriter.Literal("' a second time; paging stopped instead of reading the same pages again."), ");");
        w.Close();
        w.Line();
        w.Line("next = request.CopyForPage(token!);");
        w.Close();
    }

    private static void Call(SourceWriter w, Operation operation, string response, Pagination pagination, string itemType)
    {
        w.Line(response, " response = await client.", Identifier.Pascal(operation.Name), "Async(next, cancellationToken).ConfigureAwait(false);");
        Items(w.Begin(TypeNames.List + "<").Write(itemType).Write("> items = "), "response", pagination.Items, itemType).End(";");
        w.Line("yield return response;");
        if (pagination.Kind == PaginationKind.PageNumber)
        {
            w.Line("seen += items.Count;");
        }
    }

    private static void Stop(SourceWriter w, List<string> conditions)
    {
        w.Open("if (", string.Join(" || ", conditions), ")");
        w.Line("yield break;");
        w.Close();
        w.Line();
    }

    private static void Parameters(SourceWriter w, Pagination pagination)
    {
        w.Line("/// <param name=\"client\">The client to call.</param>");
        w.Line("/// <param name=\"request\">The first page's request. Each further page is requested with a copy of it with another ", SourceWriter.Xml(pagination.Input.WireName), "; this object is never changed.</param>");
        w.Line("/// <param name=\"cancellationToken\">Cancels the enumeration and the call in flight; <c>WithCancellation</c> works too.</param>");
    }

    private static void Validate(SourceWriter w)
    {
        // Checked here, when called, rather than at the first MoveNextAsync of the iterator.
        w.Open("if (client is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(client));");
        w.Close();
        w.Line();
        w.Open("if (request is null)");
        w.Line("throw new global::System.ArgumentNullException(nameof(request));");
        w.Close();
        w.Line();
    }

    private static string StopText(Pagination pagination)
    {
        var stops = new List<string> { "a page without items" };
        if (pagination.Kind == PaginationKind.Token)
        {
            stops.Add("a response without " + string.Join(".", pagination.Next));
            if (pagination.IsTruncated.Count > 0)
            {
                stops.Add("when " + string.Join(".", pagination.IsTruncated) + " is false");
            }

            return Sentence(stops) + " A token the service hands out twice throws InvalidOperationException instead of reading the same pages again.";
        }

        if (pagination.TotalCount.Count > 0)
        {
            stops.Add("after " + string.Join(".", pagination.TotalCount) + " items");
        }

        if (pagination.Kind == PaginationKind.Offset)
        {
            return Sentence(stops) + " An offset that does not move forward throws InvalidOperationException instead of reading the same pages again.";
        }

        if (pagination.TotalPages.Count > 0)
        {
            stops.Add("after page " + string.Join(".", pagination.TotalPages));
        }

        if (pagination.HasNextPage.Count > 0)
        {
            stops.Add("when " + string.Join(".", pagination.HasNextPage) + " is false");
        }

        if (stops.Count == 1 && pagination.PageSize is { } size)
        {
            stops.Add("a page shorter than the " + size.WireName + " asked for");
        }

        return Sentence(stops);
    }

    private static string Sentence(List<string> stops) =>
        "Stops at " + (stops.Count == 1 ? stops[0] : string.Join(", ", stops.Take(stops.Count - 1)) + " or " + stops[stops.Count - 1]) + ".";

    private static SourceWriter AsyncEnumerable(SourceWriter w, string type) => w.Write("global::System.Collections.Generic.IAsyncEnumerable<").Write(type).Write(">");

    // A member path joined with dots, XML-escaped: "Invocations.Invocation".
    private static SourceWriter Path(SourceWriter w, EquatableArray<string> path)
    {
        for (int i = 0; i < path.Count; i++)
        {
            w.Write(i == 0 ? null : ".").WriteXml(path[i]);
        }

        return w;
    }

    /// <summary>A member along a path of nullable objects: <c>response.Invocation?.TotalCount</c>.</summary>
    private static string Member(string root, EquatableArray<string> path) => root + "." + string.Join("?.", path);

    // The items of a page: the list along the path, an empty array where a nullable object on the way is missing.
    private static SourceWriter Items(SourceWriter w, string root, EquatableArray<string> path, string itemType)
    {
        w.Write(root);
        for (int i = 0; i < path.Count; i++)
        {
            w.Write(i == 0 ? "." : "?.").Write(path[i]);
        }

        return path.Count == 1 ? w : w.Write(" ?? global::System.Array.Empty<").Write(itemType).Write(">()");
    }

    /// <summary>The C# type of the list's items: a scalar, or a class nested in the response class along the path.</summary>
    private static string ItemType(EquatableArray<ResponseField> response, EquatableArray<string> path, string responseClass)
    {
        var types = new List<string> { responseClass };
        EquatableArray<ResponseField> fields = response;
        ResponseField field = null!;
        foreach (string property in path)
        {
            field = fields.First(f => f.PropertyName == property);
            types.Add(field.TypeName ?? string.Empty);
            fields = field.Children;
        }

        return field.Shape == ValueShape.ObjectList ? string.Join(".", types) : TypeNames.Scalar(field.Kind);
    }
}
