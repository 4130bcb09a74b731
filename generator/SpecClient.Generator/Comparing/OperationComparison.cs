using System.Collections.Generic;
using System.Linq;

namespace SpecClient.Generator.Comparing;

/// <summary>What comparing one operation's page with its metadata found, for the response and the request apart.</summary>
internal sealed record OperationComparison(IReadOnlyList<Difference> Response, IReadOnlyList<Difference> Request)
{
    public bool SameResponseShape => Response.Count == 0;

    public bool SameRequestParameters => Request.Count == 0;

    public IEnumerable<Difference> All => Response.Concat(Request);
}
