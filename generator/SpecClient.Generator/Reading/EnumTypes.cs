using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// Decides which parameters and fields become extensible string enums and names their types: a string (or
/// list of strings) whose docs list at least two values, one of them with a letter. Numeric lists on a string
/// parameter (<c>Avail</c>: 0, 1, 3, 4) and value lists on numbers and booleans stay as they are: an enum of
/// <c>_0</c>, <c>_1</c> reads worse than the number, and the values are in the doc comment either way.
/// </summary>
/// <remarks>
/// Runs after a page is read, over the finished tree, so the names are unique among everything the class
/// declares (its properties, nested item types and the generated methods): <c>Lang</c> gets the nested type
/// <c>LangValue</c>, or <c>LangValue2</c> when the class has a <c>LangValue</c> already.
/// </remarks>
internal static class EnumTypes
{
    public static SpecReadResult Assign(SpecReadResult result)
    {
        bool any = false;
        foreach (Operation operation in result.Operations)
        {
            if (HasValues(operation))
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return result;
        }

        ImmutableArray<Operation>.Builder operations = ImmutableArray.CreateBuilder<Operation>(result.Operations.Count);
        bool changed = false;
        foreach (Operation operation in result.Operations)
        {
            Operation assigned = Assign(operation);
            changed |= !ReferenceEquals(assigned, operation);
            operations.Add(assigned);
        }

        return changed ? result with { Operations = new EquatableArray<Operation>(operations.MoveToImmutable()) } : result;
    }

    public static bool IsEnum(ValueShape shape, ScalarKind kind, DocComment doc) =>
        kind == ScalarKind.String
        && shape is ValueShape.Scalar or ValueShape.ScalarList
        && doc.Values.Count >= 2
        && AnyLetter(doc.Values);

    private static bool AnyLetter(EquatableArray<DocValue> values)
    {
        foreach (DocValue value in values)
        {
            foreach (char c in value.Value)
            {
                if (char.IsLetter(c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The operation itself where no member changes: most pages list values only on numbers, booleans or members of
    // classes without enums.
    private static Operation Assign(Operation operation)
    {
        EquatableArray<RequestParameter> parameters = Parameters(operation.Parameters, new ClassName(operation, "Request"), "WriteTo");
        EquatableArray<ResponseField> response = Fields(operation.Response, new ClassName(operation, "Response"));
        return parameters.Items == operation.Parameters.Items && response.Items == operation.Response.Items
            ? operation
            : operation with { Parameters = parameters, Response = response };
    }

    // A class's list is copied only where a member changes (most classes of a page with enums have none), and the
    // names taken in it (and the class's name) are gathered only when one of its members is an enum.
    private static EquatableArray<RequestParameter> Parameters(EquatableArray<RequestParameter> parameters, ClassName className, string method)
    {
        HashSet<string>? taken = null;
        ImmutableArray<RequestParameter>.Builder? changed = null;
        for (int i = 0; i < parameters.Count; i++)
        {
            RequestParameter p = parameters[i];
            string? enumTypeName = IsEnum(p.Shape, p.Kind, p.Doc)
                ? Identifier.Unique(TypeName(p.PropertyName), taken ??= Taken(className.Text, method, parameters, m => m.PropertyName, m => m.ItemTypeName))
                : null;
            EquatableArray<RequestParameter> members = p.ItemTypeName is null ? p.Members : Parameters(p.Members, new ClassName(p.ItemTypeName), "WriteTo");
            if (enumTypeName != p.EnumTypeName || members.Items != p.Members.Items)
            {
                changed ??= Copy(parameters);
                changed[i] = p with { EnumTypeName = enumTypeName, Members = members };
            }
        }

        if (taken is not null)
        {
            TakenNames.Return(taken);
        }

        return changed is null ? parameters : new EquatableArray<RequestParameter>(changed.MoveToImmutable());
    }

    private static EquatableArray<ResponseField> Fields(EquatableArray<ResponseField> fields, ClassName className)
    {
        HashSet<string>? taken = null;
        ImmutableArray<ResponseField>.Builder? changed = null;
        for (int i = 0; i < fields.Count; i++)
        {
            ResponseField f = fields[i];
            string? enumTypeName = IsEnum(f.Shape, f.Kind, f.Doc)
                ? Identifier.Unique(TypeName(f.PropertyName), taken ??= Taken(className.Text, "Read", fields, m => m.PropertyName, m => m.TypeName))
                : null;
            EquatableArray<ResponseField> children = f.TypeName is null ? f.Children : Fields(f.Children, new ClassName(f.TypeName));
            if (enumTypeName != f.EnumTypeName || children.Items != f.Children.Items)
            {
                changed ??= Copy(fields);
                changed[i] = f with { EnumTypeName = enumTypeName, Children = children };
            }
        }

        if (taken is not null)
        {
            TakenNames.Return(taken);
        }

        return changed is null ? fields : new EquatableArray<ResponseField>(changed.MoveToImmutable());
    }

    // The members in a builder of their count, to change some of and make the class's new array from (one copy).
    private static ImmutableArray<T>.Builder Copy<T>(EquatableArray<T> members)
        where T : class, IEquatable<T>
    {
        ImmutableArray<T>.Builder copy = ImmutableArray.CreateBuilder<T>(members.Count);
        copy.AddRange(members.Items);
        return copy;
    }

    // A class's name, made only when one of its members is an enum: an operation's request and response classes are
    // named after it (GetUserRequest), a nested type has its own name.
    private readonly struct ClassName
    {
        private readonly Operation? _operation;
        private readonly string _name;

        public ClassName(string name)
        {
            _operation = null;
            _name = name;
        }

        public ClassName(Operation operation, string suffix)
        {
            _operation = operation;
            _name = suffix;
        }

        public string Text => _operation is null ? _name : Identifier.Pascal(_operation.Name) + _name;
    }

    // The names a class declares: its own, the method's, its members' properties and nested types (a set of the
    // thread's, given back when the class's enums are named; see TakenNames).
    private static HashSet<string> Taken<T>(string className, string method, EquatableArray<T> members, Func<T, string> property, Func<T, string?> type)
        where T : class, IEquatable<T>
    {
        HashSet<string> taken = TakenNames.Rent(className, method);
        foreach (T member in members)
        {
            taken.Add(property(member));
            if (type(member) is { } name)
            {
                taken.Add(name);
            }
        }

        return taken;
    }

    private static string TypeName(string propertyName) => propertyName.TrimStart('@') + "Value";

    // Loops, not LINQ: these walk every parameter and field of every page, and Any boxes each array's enumerator.
    private static bool HasValues(Operation operation) => HasValues(operation.Parameters) || HasValues(operation.Response);

    private static bool HasValues(EquatableArray<RequestParameter> parameters)
    {
        foreach (RequestParameter p in parameters)
        {
            if (p.Doc.Values.Count > 0 || HasValues(p.Members))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasValues(EquatableArray<ResponseField> fields)
    {
        foreach (ResponseField f in fields)
        {
            if (f.Doc.Values.Count > 0 || HasValues(f.Children))
            {
                return true;
            }
        }

        return false;
    }
}
