using Alerts.Detect.Lexicons;

namespace Alerts.Detect.Text;

/// <summary>One word of an item, lower-cased, with where it sits and what the lexicons say about it.</summary>
public struct Token
{
    public int Start;
    public int Length;
    public string Lower;
    /// <summary>0 is the title; the summary's sentences follow.</summary>
    public int Sentence;
    public bool Capitalised;
    public bool IsNumber;
    public Cue Cues;
}
