using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace PaperSite.Rendering;

/// <summary>
/// Puts a page model's public properties into a template's globals under their snake_case names
/// (<c>PreviousDay</c> becomes <c>previous_day</c>), the names Scriban gives members of every other object.
/// Each model type's properties are looked up once.
/// </summary>
internal static class TemplateModel
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesByType = new();

    public static void Expose(object model, ScriptObject globals)
    {
        var properties = PropertiesByType.GetOrAdd(model.GetType(), static type => type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => (StandardMemberRenamer.Rename(property.Name), property))
            .ToArray());
        foreach (var (name, property) in properties)
        {
            globals[name] = property.GetValue(model);
        }
    }
}
