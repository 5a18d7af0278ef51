using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ChatCoach.Architecture.Tests;

/// <summary>
/// What one of the product's assemblies depends on, read from its metadata: the assemblies it
/// references and every external type it names (a call to File.ReadAllText names System.IO.File).
/// Reading metadata rather than loading types sees exactly what the compiler bound to.
/// </summary>
public sealed class CompiledAssembly
{
    private CompiledAssembly(string name, IReadOnlyList<string> references, IReadOnlyList<string> typesUsed)
    {
        Name = name;
        References = references;
        TypesUsed = typesUsed;
    }

    public string Name { get; }

    public IReadOnlyList<string> References { get; }

    /// <summary>Full names ("System.IO.File") of the types from other assemblies this one uses.</summary>
    public IReadOnlyList<string> TypesUsed { get; }

    public static CompiledAssembly Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name + ".dll");
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
        var types = reader.TypeReferences.Select(h => reader.GetTypeReference(h))
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .Distinct()
            .ToList();
        return new CompiledAssembly(name, references, types);
    }

    public IEnumerable<string> ProductReferences => References.Where(r => r.StartsWith("ChatCoach.", StringComparison.Ordinal));
}
