using System;
using System.Collections.Generic;
using System.IO;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What the pages beside a page say: the product and version most pages of a folder name, for pages that name
/// neither. Built on first use and answered once per folder, so a corpus with hundreds of such pages costs one
/// pass, not one scan of the folder per page.
/// </summary>
internal sealed class Neighbours
{
    private readonly Operation[] _operations;
    private Dictionary<string, List<Operation>>? _byFolder;
    private Dictionary<string, Votes>? _versionOfProduct;
    private readonly Dictionary<string, string> _parentOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _productOfFolder = new(StringComparer.Ordinal);
    private string? _lastFolder;
    private readonly Dictionary<(string Folder, string? Product), string?> _versionOfFolder = new(FolderProduct.Comparer);

    /// <param name="operations">Every operation, sorted by path.</param>
    public Neighbours(Operation[] operations) => _operations = operations;

    public static string Folder(string path) => Path.GetDirectoryName(path) ?? string.Empty;

    /// <summary>The operation's product and version, each from the operation itself, its folder, the folder above, or (the version) any page of its product.</summary>
    public (string? Product, string? Version) Fill(Operation operation)
    {
        string folder = FolderOf(operation.SourcePath);
        if (!_parentOf.TryGetValue(folder, out string? parent))
        {
            parent = Folder(folder);
            _parentOf.Add(folder, parent);
        }

        string? product = operation.Product ?? ProductOf(folder) ?? ProductOf(parent);
        string? version = operation.Version
            ?? VersionOf(folder, product)
            ?? VersionOf(parent, product)
            ?? (product is not null && VersionOfProduct().TryGetValue(product, out Votes? known) ? known.Winner() : null);
        return (product, version);
    }

    private string? ProductOf(string folder)
    {
        if (!_productOfFolder.TryGetValue(folder, out string? product))
        {
            var votes = new Votes();
            foreach (Operation operation in InFolder(folder))
            {
                votes.Add(operation.Product);
            }

            product = votes.Winner();
            _productOfFolder.Add(folder, product);
        }

        return product;
    }

    private string? VersionOf(string folder, string? product)
    {
        if (!_versionOfFolder.TryGetValue((folder, product), out string? version))
        {
            var votes = new Votes();
            foreach (Operation operation in InFolder(folder))
            {
                if (string.Equals(operation.Product, product, StringComparison.OrdinalIgnoreCase))
                {
                    votes.Add(operation.Version);
                }
            }

            version = votes.Winner();
            _versionOfFolder.Add((folder, product), version);
        }

        return version;
    }

    // Sorted by path, pages of one folder mostly follow each other: their folder's string is made once.
    private string FolderOf(string path)
    {
        if (_lastFolder is null || !DirectlyIn(path, _lastFolder))
        {
            _lastFolder = Folder(path);
        }

        return _lastFolder;
    }

    private List<Operation> InFolder(string folder)
    {
        if (_byFolder is null)
        {
            _byFolder = new Dictionary<string, List<Operation>>(StringComparer.Ordinal);
            string? current = null;
            List<Operation>? members = null;
            foreach (Operation operation in _operations)
            {
                string its = FolderOf(operation.SourcePath);
                if (!ReferenceEquals(its, current))
                {
                    current = its;
                    if (!_byFolder.TryGetValue(its, out members))
                    {
                        members = new List<Operation>();
                        _byFolder.Add(its, members);
                    }
                }

                members!.Add(operation);
            }
        }

        return _byFolder.TryGetValue(folder, out List<Operation>? found) ? found : new List<Operation>();
    }

    // Versions of each product across all pages that name both (for a page whose folder names no version).
    private Dictionary<string, Votes> VersionOfProduct()
    {
        if (_versionOfProduct is null)
        {
            _versionOfProduct = new Dictionary<string, Votes>(StringComparer.OrdinalIgnoreCase);
            foreach (Operation operation in _operations)
            {
                if (operation.Product is not null && operation.Version is not null)
                {
                    if (!_versionOfProduct.TryGetValue(operation.Product, out Votes? votes))
                    {
                        votes = new Votes();
                        _versionOfProduct.Add(operation.Product, votes);
                    }

                    votes.Add(operation.Version);
                }
            }
        }

        return _versionOfProduct;
    }

    // Whether Path.GetDirectoryName(path) would give folder: the path continues it with one separator and no other.
    private static bool DirectlyIn(string path, string folder) =>
        folder.Length > 0
        && path.Length > folder.Length + 1
        && path.StartsWith(folder, StringComparison.Ordinal)
        && IsSeparator(path[folder.Length])
        && path.IndexOfAny(Separators, folder.Length + 1) < 0;

    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    private sealed class FolderProduct : IEqualityComparer<(string Folder, string? Product)>
    {
        public static readonly FolderProduct Comparer = new();

        public bool Equals((string Folder, string? Product) x, (string Folder, string? Product) y) =>
            string.Equals(x.Folder, y.Folder, StringComparison.Ordinal) && string.Equals(x.Product, y.Product, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Folder, string? Product) key) =>
            unchecked((key.Folder.GetHashCode() * 31) + (key.Product is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(key.Product)));
    }
}
