using System;

namespace SpecClient.Generator.Reading;

/// <summary>An array's items (a view of <see cref="SampleNode"/>'s exact-size array of them).</summary>
internal readonly struct SampleItems
{
    private readonly SampleNode[] _items;

    public SampleItems(SampleNode[] items)
    {
        _items = items;
    }

    public int Count => _items.Length;

    public SampleNode this[int index] => _items[index];

    public bool TrueForAll(Predicate<SampleNode> match) => Array.TrueForAll(_items, match);

    public Enumerator GetEnumerator() => new(_items);

    /// <summary>Enumerates without allocating, as <c>foreach</c> over a list does.</summary>
    public struct Enumerator
    {
        private readonly SampleNode[] _items;
        private int _index;

        public Enumerator(SampleNode[] items)
        {
            _items = items;
            _index = -1;
        }

        public SampleNode Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
