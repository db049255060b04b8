using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DhrLibrary.Rendering;

/// <summary>
/// A template function with a fixed number of arguments (<c>url "path/"</c>, <c>plural n "review"</c>).
/// Written as a Scriban custom function rather than imported as a delegate, because Scriban calls delegates
/// through reflection, about ten times slower, and every page calls these hundreds of times.
/// </summary>
public sealed class TemplateFunction(string name, int parameterCount, Func<TemplateContext, ScriptArray, object?> body) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameterCount;

    public int ParameterCount => parameterCount;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "arg" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != parameterCount)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"{name} takes {parameterCount} arguments, not {arguments.Count}");
        }

        return body(context, arguments);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
