namespace Dateline.Search;

public enum SearchOrder
{
    Relevance,
    Newest,
}
