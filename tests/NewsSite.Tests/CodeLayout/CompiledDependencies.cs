using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NewsSite.Tests.CodeLayout;

/// <summary>
/// Which top-level folders of the compiled site use which others, read from the IL rather than
/// from <c>using</c> lines, so a fully qualified name, a Razor view or a lambda cannot hide a
/// dependency. A folder is the namespace segment after <c>NewsSite.Web</c>; Razor's generated
/// view classes belong to <c>Pages</c>, and the root namespace (Program) to <c>Program</c>.
/// </summary>
internal static class CompiledDependencies
{
    private const string RootNamespace = "NewsSite.Web";

    /// <summary>Each folder's set of other folders it references, with one example type pair each.</summary>
    public static IReadOnlyDictionary<string, Dictionary<string, string>> BetweenFolders()
    {
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (type, used) in SiteReferences())
        {
            var from = FolderOf(type);
            var to = FolderOf(used);
            if (from is null)
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var existing) ? existing : graph[from] = [];
            if (to is not null && to != from)
            {
                edges.TryAdd(to, $"{type.FullName} uses {used.FullName}");
            }
        }

        return graph;
    }

    /// <summary>The site's own types (outermost declaring types, as folders see them) that reference <paramref name="target"/>.</summary>
    public static IReadOnlyList<(string User, string Folder)> UsersOf(Type target) =>
        SiteReferences()
            .Where(r => r.Used.FullName == target.FullName)
            .Select(r => (Outermost(r.Type).FullName, FolderOf(r.Type) ?? ""))
            .Distinct()
            .ToList();

    /// <summary>Every (type, site type it uses) pair in the compiled site, compiler-generated types included.</summary>
    private static List<(TypeDefinition Type, TypeReference Used)> SiteReferences()
    {
        using var assembly = AssemblyDefinition.ReadAssembly(typeof(Program).Assembly.Location);
        var module = assembly.MainModule;
        return module.GetTypes()
            .SelectMany(type => TypesUsedBy(type)
                .Where(used => used.Scope == module || used is TypeDefinition)
                .Select(used => (type, used.Resolve() ?? used)))
            .ToList();
    }

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static string? FolderOf(TypeReference type)
    {
        var space = Outermost(type).Namespace;
        if (space == "AspNetCoreGeneratedDocument")
        {
            return "Pages";
        }

        if (space == RootNamespace)
        {
            return "Program";
        }

        return space.StartsWith(RootNamespace + ".", StringComparison.Ordinal)
            ? space[(RootNamespace.Length + 1)..].Split('.')[0]
            : null;
    }

    private static IEnumerable<TypeReference> TypesUsedBy(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        Add(found, type.BaseType);
        found.AddRange(type.Interfaces.Select(i => i.InterfaceType));
        AddAttributes(found, type.CustomAttributes);
        foreach (var field in type.Fields)
        {
            Add(found, field.FieldType);
            AddAttributes(found, field.CustomAttributes);
        }

        foreach (var property in type.Properties)
        {
            Add(found, property.PropertyType);
            AddAttributes(found, property.CustomAttributes);
        }

        foreach (var method in type.Methods)
        {
            AddMethod(found, method);
        }

        return found.SelectMany(Unwrap);
    }

    private static void AddMethod(List<TypeReference> found, MethodDefinition method)
    {
        Add(found, method.ReturnType);
        found.AddRange(method.Parameters.Select(p => p.ParameterType));
        AddAttributes(found, method.CustomAttributes);
        if (!method.HasBody)
        {
            return;
        }

        found.AddRange(method.Body.Variables.Select(v => v.VariableType));
        found.AddRange(method.Body.ExceptionHandlers.Select(h => h.CatchType).OfType<TypeReference>());
        foreach (var instruction in method.Body.Instructions)
        {
            AddOperand(found, instruction);
        }
    }

    private static void AddOperand(List<TypeReference> found, Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference typeOperand:
                found.Add(typeOperand);
                break;
            case MethodReference called:
                found.Add(called.DeclaringType);
                Add(found, called.ReturnType);
                found.AddRange(called.Parameters.Select(p => p.ParameterType));
                if (called is GenericInstanceMethod generic)
                {
                    found.AddRange(generic.GenericArguments);
                }

                break;
            case FieldReference field:
                found.Add(field.DeclaringType);
                found.Add(field.FieldType);
                break;
        }
    }

    private static void AddAttributes(List<TypeReference> found, IEnumerable<CustomAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            found.Add(attribute.AttributeType);
            found.AddRange(attribute.ConstructorArguments.Select(a => a.Value).OfType<TypeReference>());
        }
    }

    private static void Add(List<TypeReference> found, TypeReference? type)
    {
        if (type is not null)
        {
            found.Add(type);
        }
    }

    /// <summary>List&lt;Article&gt;[] uses List and Article: generic arguments, arrays and by-ref types are taken apart.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                return Unwrap(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Unwrap));
            case TypeSpecification specification when specification.ElementType is not null:
                return Unwrap(specification.ElementType);
            case GenericParameter:
                return [];
            default:
                return [type];
        }
    }
}
