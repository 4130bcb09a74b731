using System.Collections.Generic;

namespace SpecClient.Generator.Reading;

/// <summary>
/// What takes a section's table rows (see <see cref="MarkdownSpecReader.AddTables{TTables}"/>): the first recognized
/// table's, then each further table's until one is not taken. An interface, passed as a generic argument, instead of
/// two delegates: the bound delegates (and a closure) were made for every page.
/// </summary>
internal interface ITableRows
{
    void AddMainTable(List<SpecRow> rows);

    /// <summary>False when no part of what was read so far waits for the table: the tables after it are not read.</summary>
    bool AddSubTable(List<SpecRow> rows);
}
