using System.Runtime.CompilerServices;

namespace Consumer;

/// <summary>
/// A first query in a fresh process, then the names of the assemblies loaded by then, one per
/// line. The package test runs each mode and <c>hello</c> (no query), and checks that a first
/// query loads CorpusGen and no other assembly: every framework assembly the runtime library
/// touches on the way (a reference assembly such as System.Collections, even for a type that lives
/// in CoreLib) costs a fresh process about 0.1 ms. Each query is a method of its own, so that the
/// JIT, compiling <see cref="Run"/>, loads nothing for it.
/// </summary>
internal static class FirstQuery
{
    public static int Run(string[] args) => args switch
    {
        ["hello"] => Loaded(0),
        ["byid", "News", var id] => Loaded(NewsById(id)),
        ["byid", "Stored", var id] => Loaded(StoredById(id)),
        ["search", "News", var query] => Loaded(NewsSearch(query)),
        ["search", "Stored", var query] => Loaded(StoredSearch(query)),
        _ => Loaded(-1),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NewsById(string id) => MyApp.News.ById(id) is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StoredById(string id) => MyApp.Stored.ById(id) is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NewsSearch(string query) => MyApp.News.Search(query).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StoredSearch(string query) => MyApp.Stored.Search(query).Count;

    private static int Loaded(int answer)
    {
        Console.WriteLine(answer);
        foreach (System.Reflection.Assembly assembly in AppDomain.CurrentDomain.GetAssemblies()) Console.WriteLine(assembly.GetName().Name);
        return 0;
    }
}
