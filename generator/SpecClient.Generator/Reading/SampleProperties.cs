using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// An object's members as name and value (a view of <see cref="SampleNode"/>'s members, which carry their own
/// names): what the readers enumerate, with no list of pairs kept per object.
/// </summary>
internal readonly struct SampleProperties
{
    private readonly SampleNode[] _members;

    public SampleProperties(SampleNode[] members)
    {
        _members = members;
    }

    public int Count => _members.Length;

    public KeyValuePair<string, SampleNode> this[int index] => new(_members[index].Name!, _members[index]);

    public Enumerator GetEnumerator() => new(_members);

    /// <summary>Enumerates without allocating, as <c>foreach</c> over a list does.</summary>
    public struct Enumerator
    {
        private readonly SampleNode[] _members;
        private int _index;

        public Enumerator(SampleNode[] members)
        {
            _members = members;
            _index = -1;
        }

        public KeyValuePair<string, SampleNode> Current => new(_members[_index].Name!, _members[_index]);

        public bool MoveNext() => ++_index < _members.Length;
    }
}
