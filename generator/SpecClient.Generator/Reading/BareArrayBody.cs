using System;
using System.Collections.Generic;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A page whose sample response is a bare JSON array of objects (SLS ListShards: <c>[{"shardID": 0, ...}]</c>)
/// and whose response table lists the fields of those objects describes the items, not the body: its fields go
/// into one <see cref="ResponseField.WholeBody"/> list, as the metadata describes the same answer. Header fields
/// and RequestId stay where they are.
/// </summary>
internal static class BareArrayBody
{
    private const string ItemTypeName = "Item";

    public static EquatableArray<ResponseField> Wrap(EquatableArray<ResponseField> fields, SampleNode? sample)
    {
        if (sample is not { Kind: SampleNodeKind.Array } || sample.Items.Count == 0 || sample.Items[0].Kind != SampleNodeKind.Object)
        {
            return fields;
        }

        SampleNode item = sample.Items[0];
        var body = new List<ResponseField>();
        var rest = new List<ResponseField>();
        foreach (ResponseField field in fields)
        {
            if (field.FromHeader || field.IsRequestId)
            {
                rest.Add(field);
            }
            else if (item.Get(field.WireName) is not null)
            {
                body.Add(field);
            }
            else
            {
                // A field the items do not have: the table describes something other than the items.
                return fields;
            }
        }

        if (body.Count == 0)
        {
            return fields;
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResponseField field in body)
        {
            taken.Add(field.PropertyName);
        }

        var items = new ResponseField(
            ResponseField.WholeBody,
            ResponseField.WholeBodyProperty,
            ValueShape.ObjectList,
            ScalarKind.String,
            new DocComment("The items of the response, a JSON array.", null, null),
            Identifier.Unique(ItemTypeName, taken),
            null,
            body.ToEquatableArray(),
            body[0].Location);
        rest.Insert(0, items);
        return rest.ToEquatableArray();
    }
}
