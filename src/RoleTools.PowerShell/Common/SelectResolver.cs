using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Evaluates AWS Tools' <c>-Select</c> parameter against a response object:
    /// <c>*</c> returns the whole response, <c>^Name</c> returns the value of the cmdlet's own parameter
    /// Name (by name or alias, case-insensitively), and anything else is a dotted, case-insensitive
    /// property path whose collections are flattened and whose null values are dropped.
    /// </summary>
    public static class SelectResolver
    {
        /// <summary>The message AWS Tools gives for a -Select value it cannot resolve.</summary>
        public const string InvalidSelectMessage = "Invalid value for -Select parameter.";

        /// <summary>
        /// Returns the objects to write for <paramref name="select"/>. Throws <see cref="ArgumentException"/>
        /// (parameter name "Select") when a path segment or parameter name does not resolve.
        /// </summary>
        public static IEnumerable<object> Resolve(object response, string select, Cmdlet cmdlet)
        {
            if (string.IsNullOrEmpty(select))
            {
                throw new ArgumentException(InvalidSelectMessage, "Select");
            }

            if (select == "*")
            {
                return response == null ? Array.Empty<object>() : new[] { response };
            }

            if (select.StartsWith("^", StringComparison.Ordinal))
            {
                return Flatten(ParameterValue(cmdlet, select.Substring(1)));
            }

            var current = new List<object> { response };
            foreach (string segment in select.Split('.'))
            {
                var next = new List<object>();
                Type declaredType = ElementTypeOf(current, response);
                PropertyInfo property = FindProperty(declaredType, segment);
                foreach (object item in current.Where(i => i != null))
                {
                    PropertyInfo actual = item.GetType() == declaredType ? property : FindProperty(item.GetType(), segment);
                    next.AddRange(Flatten(actual.GetValue(item)));
                }

                current = next;
                if (current.Count == 0)
                {
                    break;
                }
            }

            return current;
        }

        /// <summary>
        /// Checks <paramref name="select"/> against the response type before any operation runs, as AWS Tools
        /// builds its select delegate before it sends the request. Throws <see cref="ArgumentException"/>
        /// (parameter name "Select") for a path segment or parameter name that cannot resolve. Segments after
        /// a property declared as <see cref="object"/> are checked only at output time.
        /// </summary>
        public static void Validate(Type responseType, string select, Cmdlet cmdlet)
        {
            if (string.IsNullOrEmpty(select))
            {
                throw new ArgumentException(InvalidSelectMessage, "Select");
            }

            if (select == "*")
            {
                return;
            }

            if (select.StartsWith("^", StringComparison.Ordinal))
            {
                ParameterValue(cmdlet, select.Substring(1));
                return;
            }

            Type current = responseType;
            foreach (string segment in select.Split('.'))
            {
                if (current == typeof(object))
                {
                    return;
                }

                current = ElementTypeOrSelf(FindProperty(current, segment).PropertyType);
            }
        }

        private static Type ElementTypeOrSelf(Type type)
        {
            if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
            {
                return type;
            }

            Type enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                ? type
                : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
            return enumerable != null ? enumerable.GetGenericArguments()[0] : Nullable.GetUnderlyingType(type) ?? type;
        }

        private static Type ElementTypeOf(List<object> items, object response)
        {
            object first = items.FirstOrDefault(i => i != null);
            return (first ?? response)?.GetType() ?? typeof(object);
        }

        private static PropertyInfo FindProperty(Type type, string name)
        {
            PropertyInfo[] matches = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0)
                .ToArray();
            if (matches.Length != 1)
            {
                throw new ArgumentException(InvalidSelectMessage, "Select");
            }

            return matches[0];
        }

        private static object ParameterValue(Cmdlet cmdlet, string name)
        {
            foreach (PropertyInfo property in cmdlet.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!property.GetCustomAttributes<ParameterAttribute>().Any())
                {
                    continue;
                }

                bool matches = string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)
                    || property.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)
                        .Any(alias => string.Equals(alias, name, StringComparison.OrdinalIgnoreCase));
                if (matches)
                {
                    return property.GetValue(cmdlet);
                }
            }

            throw new ArgumentException(InvalidSelectMessage, "Select");
        }

        private static IEnumerable<object> Flatten(object value)
        {
            if (value == null)
            {
                yield break;
            }

            if (value is string || !(value is IEnumerable enumerable) || value is IDictionary)
            {
                yield return value;
                yield break;
            }

            foreach (object item in enumerable)
            {
                if (item != null)
                {
                    yield return item;
                }
            }
        }
    }
}
