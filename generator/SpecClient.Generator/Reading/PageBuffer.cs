using System;
using System.Collections;
using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// A growing array of a page's values, emptied and filled again for the next page on the thread (<see cref="TableStore"/>),
/// read through ranges of it (<see cref="PageSlice{T}"/>). Each emptying moves it on a generation: a range taken before
/// throws when read, rather than reading the next page's values.
/// </summary>
internal sealed class PageBuffer<T>
{
    private T[] _items;

    public PageBuffer(int capacity)
    {
        _items = new T[capacity];
    }

    public int Count { get; private set; }

    public int Generation { get; private set; }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    /// <summary>The values from <paramref name="first"/> on, <paramref name="count"/> of them, while this generation lasts.</summary>
    public PageSlice<T> Slice(int first, int count) => new(this, Generation, first, count);

    public void Clear()
    {
        Generation++;
        Count = 0;
    }

    public T Get(int index, int generation)
    {
        if (generation != Generation)
        {
            throw new ObjectDisposedException(nameof(PageOutline), "A table was read after its page was disposed.");
        }

        return _items[index];
    }
}

/// <summary>A range of a <see cref="PageBuffer{T}"/>: a row's cells or a table's rows (foreach takes no enumerator object).</summary>
internal readonly struct PageSlice<T> : IReadOnlyList<T>
{
    private readonly PageBuffer<T>? _buffer;
    private readonly int _generation;
    private readonly int _first;

    public PageSlice(PageBuffer<T> buffer, int generation, int first, int count)
    {
        _buffer = buffer;
        _generation = generation;
        _first = first;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _buffer!.Get(_first + index, _generation) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>This range's values from <paramref name="start"/> on, <paramref name="count"/> of them.</summary>
    public PageSlice<T> Slice(int start, int count) =>
        start >= 0 && count >= 0 && start + count <= Count ? new(_buffer!, _generation, _first + start, count) : throw new ArgumentOutOfRangeException(nameof(start));

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<T>
    {
        private readonly PageSlice<T> _slice;
        private int _index;

        public Enumerator(PageSlice<T> slice)
        {
            _slice = slice;
            _index = -1;
        }

        public T Current => _slice[_index];

        object? IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _slice.Count;

        public void Reset() => _index = -1;

        public void Dispose()
        {
        }
    }
}
