namespace Crm.Modules.SpareParts.Domain.Parts;

/// <summary>One word of a part's name (<see cref="NameWords"/>), kept in rows so a search by words reads an index instead of every name.</summary>
public sealed class PartWord
{
    private PartWord()
    {
        Word = string.Empty;
    }

    internal PartWord(string word) => Word = word;

    public string Word { get; private set; }
}
