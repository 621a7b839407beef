using System.Reflection;
using System.Reflection.Emit;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Tests.Meta;

/// <summary>
/// The layers of ComplianceEngine.Core, as the README draws them: each namespace may use only the namespaces listed for
/// it. Dependencies are read from the compiled assembly — signatures, base types, attributes and every type, method
/// and field a method body names (lambdas and iterators included) — so a using directive neither hides nor adds one.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>
    /// Allowed dependencies, lowest layer first; exactly the ones the code has, so a new one is a decision made here.
    /// A namespace not in the table fails the test until it is placed.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Model"] = [],
        ["Text"] = [],
        ["Time"] = ["Text"],
        ["Input"] = ["Model", "Text"],
        ["Localization"] = ["Model", "Input"],
        ["Importing"] = ["Model", "Text", "Input"],
        ["Loading"] = ["Model", "Input", "Importing"],
        ["Coverage"] = ["Model", "Text", "Input", "Localization", "Importing"],
        ["Cascade"] = ["Model", "Text", "Time", "Input", "Localization", "Coverage"],
        ["Legal"] = ["Model", "Text", "Input", "Cascade"],
        ["Engine"] = ["Model", "Input", "Localization", "Cascade", "Legal"],
        ["Reporting"] = ["Model", "Text", "Input", "Localization", "Coverage", "Cascade", "Engine"],
        ["Word"] = ["Model", "Text", "Localization", "Importing", "Cascade", "Legal", "Engine"],
    };

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    [Fact]
    public void CoreNamespaces_DependOnlyOnTheLayersBelow()
    {
        var actual = Dependencies(typeof(Plan).Assembly);

        var violations = actual.SelectMany(d => d.Value.Where(to => !Allowed.TryGetValue(d.Key, out var ok) || !ok.Contains(to)).Select(to => $"{d.Key} → {to}")).Order().ToList();

        Assert.Empty(violations);
        Assert.Equal(Allowed.Keys.Order(), actual.Keys.Order());
    }

    [Fact]
    public void LayerTable_HasNoCycle()
    {
        var order = Allowed.Keys.ToList();
        foreach (var (from, tos) in Allowed)
        {
            Assert.All(tos, to => Assert.True(order.IndexOf(to) < order.IndexOf(from), $"{from} → {to} goes up"));
        }
    }

    [Fact]
    public void DependencyReader_SeesBodiesAndLambdas()
    {
        var actual = Dependencies(typeof(Plan).Assembly);

        // Finding.Message reads TextTable only inside a lambda; Traceability reads Applicability in a method body.
        Assert.Contains("Localization", actual["Engine"]);
        Assert.Contains("Coverage", actual["Cascade"]);
    }

    private static Dictionary<string, HashSet<string>> Dependencies(Assembly assembly)
    {
        const string prefix = "ComplianceEngine.Core.";
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

        string? Layer(Type? type)
        {
            while (type is { IsNested: true })
            {
                type = type.DeclaringType;
            }

            return type?.Namespace is { } ns && ns.StartsWith(prefix, StringComparison.Ordinal) ? ns[prefix.Length..].Split('.')[0] : null;
        }

        foreach (var type in assembly.GetTypes())
        {
            if (Layer(type) is not { } from)
            {
                continue;
            }

            var uses = result.TryGetValue(from, out var set) ? set : result[from] = [];
            void Use(Type? t)
            {
                if (t is null)
                {
                    return;
                }

                if (t.HasElementType)
                {
                    Use(t.GetElementType());
                    return;
                }

                if (t.IsGenericType && !t.IsGenericTypeDefinition)
                {
                    foreach (var a in t.GetGenericArguments())
                    {
                        Use(a);
                    }

                    t = t.GetGenericTypeDefinition();
                }

                if (Layer(t) is { } to && to != from)
                {
                    uses.Add(to);
                }
            }

            Use(type.BaseType);
            foreach (var i in type.GetInterfaces())
            {
                Use(i);
            }

            foreach (var f in type.GetFields(all))
            {
                Use(f.FieldType);
            }

            foreach (var p in type.GetProperties(all))
            {
                Use(p.PropertyType);
            }

            foreach (var m in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (m is MethodInfo mi)
                {
                    Use(mi.ReturnType);
                }

                foreach (var p in m.GetParameters())
                {
                    Use(p.ParameterType);
                }

                if (m.GetMethodBody() is not { } body)
                {
                    continue;
                }

                foreach (var l in body.LocalVariables)
                {
                    Use(l.LocalType);
                }

                foreach (var member in Tokens(m, body.GetILAsByteArray() ?? []))
                {
                    switch (member)
                    {
                        case Type t: Use(t); break;
                        case MethodBase called: Use(called.DeclaringType); foreach (var p in called.GetParameters()) Use(p.ParameterType); break;
                        case FieldInfo field: Use(field.DeclaringType); Use(field.FieldType); break;
                    }
                }
            }
        }

        return result;
    }

    // The members the IL of a method names (call, newobj, ldfld, box, castclass, ldtoken …).
    private static IEnumerable<MemberInfo> Tokens(MethodBase method, byte[] il)
    {
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var found = new List<MemberInfo>();
        var i = 0;
        while (i < il.Length)
        {
            var code = il[i] == 0xFE ? OpCodesByValue[(short)(0xFE00 | il[i + 1])] : OpCodesByValue[il[i]];
            i += code.Size;
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    try
                    {
                        if (module.ResolveMember(token, typeArgs, methodArgs) is { } member)
                        {
                            found.Add(member);
                        }
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context the resolver cannot rebuild; its types are in the signatures anyway.
                    }

                    i += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: i += 8; break;
                case OperandType.InlineSwitch: i += 4 + (BitConverter.ToInt32(il, i) * 4); break;
                default: i += 4; break;
            }
        }

        return found;
    }
}
