using System.Reflection;
using System.Reflection.Emit;

namespace Justice.Domain.Identity.Tests.Architecture;

/// <summary>
/// The namespaces of one assembly and, for each, the namespaces of that assembly its types use: in their signatures
/// (base type, interfaces, fields, properties, parameters, return types, locals, attributes) and in their method
/// bodies (every type, method and field token of the IL, so a call or a <c>new</c> counts, not only a declaration).
/// </summary>
internal static class NamespaceReferences
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>For each namespace of <paramref name="assembly"/> under <paramref name="root"/>, the other such namespaces it uses.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> Of(Assembly assembly, string root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = type.Namespace;
            if (from is null || !InScope(from, root))
            {
                continue;
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                targets = new HashSet<string>(StringComparer.Ordinal);
                graph.Add(from, targets);
            }

            foreach (var used in UsedTypes(type))
            {
                foreach (var leaf in Leaves(used))
                {
                    if (leaf.Assembly == assembly && leaf.Namespace is { } to && to != from && InScope(to, root))
                    {
                        targets.Add(to);
                    }
                }
            }
        }

        return graph.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The groups of namespaces that reach one another (strongly connected components of two or more).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var reach = graph.Keys.ToDictionary(k => k, k => Reachable(graph, k), StringComparer.Ordinal);
        return graph.Keys
            .Select(k => (IReadOnlyList<string>)[.. graph.Keys.Where(o => reach[k].Contains(o) && reach[o].Contains(k)).Append(k).Distinct().Order(StringComparer.Ordinal)])
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(' ', group))
            .ToList();
    }

    private static HashSet<string> Reachable(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([start]);
        while (stack.TryPop(out var at))
        {
            foreach (var next in graph.TryGetValue(at, out var targets) ? targets : new HashSet<string>())
            {
                if (seen.Add(next))
                {
                    stack.Push(next);
                }
            }
        }

        return seen;
    }

    private static bool InScope(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return contract;
        }

        foreach (var attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (var field in type.GetFields(Declared))
        {
            yield return field.FieldType;
        }

        foreach (var property in type.GetProperties(Declared))
        {
            yield return property.PropertyType;
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyTypes(type, method))
            {
                yield return used;
            }
        }
    }

    private static IEnumerable<Type> BodyTypes(Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    if (Resolve(method.Module, token, typeArguments, methodArguments) is { } member)
                    {
                        foreach (var used in MemberTypes(member))
                        {
                            yield return used;
                        }
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            // A member of a generic type resolved outside its instantiation: its open definition carries the same types.
            return module.ResolveMember(token);
        }
    }

    private static IEnumerable<Type> MemberTypes(MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case MethodInfo method:
                yield return method.DeclaringType!;
                yield return method.ReturnType;
                foreach (var argument in method.IsGenericMethod ? method.GetGenericArguments() : [])
                {
                    yield return argument;
                }

                break;
            case ConstructorInfo constructor:
                yield return constructor.DeclaringType!;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
        }
    }

    private static IEnumerable<Type> Leaves(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var leaf in Leaves(type.GetElementType()!))
            {
                yield return leaf;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var leaf in type.GetGenericArguments().SelectMany(Leaves))
            {
                yield return leaf;
            }

            yield break;
        }

        if (!type.IsGenericParameter)
        {
            yield return type;
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
