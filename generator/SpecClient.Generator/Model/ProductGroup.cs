namespace SpecClient.Generator.Model;

/// <summary>
/// The operations that make one client (one product and version), as read (not yet merged or renamed), with the
/// names the whole corpus decided for it: the product's spelling most pages use, and the namespace it gets unless
/// its pages name one. <see cref="Members"/> are the read step's own objects, so a group whose pages did not change
/// compares equal by reference, element by element, and its client is not resolved again.
/// </summary>
internal sealed record ProductGroup(string Product, string Version, string DefaultNamespace, EquatableArray<Operation> Members);
