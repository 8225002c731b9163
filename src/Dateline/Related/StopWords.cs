namespace Dateline.Related;

/// <summary>
/// English words that say nothing about what an article is about, plus the filler of news copy ("said", "officials"
/// would make every story related to every other). Our own list; other languages' words are kept as written.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> English = new(
        """
        a about above after again against all almost also although always am among an and another any are around as at
        be became because become been before being below between both but by can cannot could did do does doing done down
        during each either else ever every few for from further had has have having he her here hers herself him himself his
        how however i if in into is it its itself just last least less like made make many may me might more most much must
        my myself near neither never new next no nor not now of off often on once one only onto or other others our ours
        ourselves out over own per perhaps put rather same several she should since so some still such than that the their
        theirs them themselves then there these they this those though through thus to too two under until up upon us very
        was we were what whatever when where whether which while who whom whose why will with within without would yet you
        your yours yourself yourselves
        said says say saying told tell according added adding asked week weeks year years month months day days time times
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        january february march april june july august september october november december
        mr mrs ms dr percent people including first second third three four five six seven eight nine ten
        official officials spokesperson spokesman spokeswoman reporters report reported reports news
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    public static bool Contains(string lowerCaseWord) => English.Contains(lowerCaseWord);
}
