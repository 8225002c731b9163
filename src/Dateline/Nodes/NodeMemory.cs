namespace Dateline.Nodes;

/// <summary>
/// Something a node keeps in memory between requests, read from the database, that a change must make it read again:
/// on this node at once (<see cref="Forget"/>), and on every other node, where <see cref="ForgetAcrossNodes"/> hears
/// <see cref="Forgotten"/> on Redis and calls <see cref="ForgetHere"/>.
/// </summary>
public abstract class NodeMemory
{
    /// <summary>Names this memory on the channel the nodes share; a running cluster's nodes must agree on it.</summary>
    public abstract string Name { get; }

    /// <summary>After a change made on this node: forgets here, and tells the other nodes.</summary>
    public void Forget()
    {
        ForgetHere();
        Forgotten?.Invoke();
    }

    /// <summary>Forgets on this node only: another node made the change, or Redis was away and messages were missed.</summary>
    public abstract void ForgetHere();

    /// <summary>Raised by <see cref="Forget"/>, for the other nodes to forget too.</summary>
    public event Action? Forgotten;
}
