using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using PaperSite.Text;

namespace PaperSite.Caching;

/// <summary>
/// A stable 128-bit hash of everything an object holds: its type and every instance field, public or not,
/// followed into the objects they reference. A page's bytes are a function of its model's state (templates
/// read properties, and properties are computed from fields), so two models with the same hash render the
/// same page. Walking fields rather than listing what a page kind "depends on" keeps that true when page
/// kinds or views gain members: nothing has to be remembered.
/// An object whose walk is long is hashed once per build and remembered by reference: a paper's view, shown on a
/// dozen pages, costs one walk, and a listing page costs one lookup per paper it shows. Views are immutable, so the
/// remembered hash stays right for the whole build. Small objects (an author, a link) are cheaper to walk again
/// than to remember: at 100,000 papers remembering every object held 1.5 million entries, most of them seen once.
/// What each type is (its kind, fields, name, and whether its objects are worth remembering) is worked out once.
/// </summary>
internal sealed class StateHash
{
    /// <summary>Models are a few levels deep; far past that is a cycle, which no page model has.</summary>
    private const int MaxDepth = 48;

    /// <summary>An object whose walk takes at least this many steps (values and nested objects) is remembered, and so from then on is every object of its type.</summary>
    private const int RememberedSteps = 16;

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    /// <summary>One hasher per nesting level and thread, reused: a build hashes millions of small objects.</summary>
    [ThreadStatic]
    private static List<XxHash128>? _hashers;

    /// <summary>Steps taken by this thread's walks, to tell a long walk from a short one.</summary>
    [ThreadStatic]
    private static long _steps;

    private readonly ConcurrentDictionary<object, UInt128> _objects;

    /// <param name="expected">
    /// About how many objects will be remembered: a concurrent dictionary takes every lock to grow, which with all
    /// cores hashing costs more than the room.
    /// </param>
    public StateHash(int expected = 64) =>
        _objects = new(Environment.ProcessorCount * 4, Math.Max(expected, 64), ReferenceEqualityComparer.Instance);

    /// <summary>The hash of <paramref name="value"/>'s state; throws <see cref="NotSupportedException"/> for state that has no stable value (a delegate, a stream, a cycle).</summary>
    public UInt128 Of(object? value)
    {
        var hash = new XxHash128();
        Append(hash, value, 0);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>Adds <paramref name="value"/>'s state to a hash being computed, for a fingerprint made of several parts.</summary>
    public void Append(XxHash128 hash, object? value) => Append(hash, value, 0);

    /// <summary>How many objects are remembered; for tests.</summary>
    internal int Remembered => _objects.Count;

    private void Append(XxHash128 hash, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NotSupportedException("the object is too deep to fingerprint; does it refer to itself?");
        }

        _steps++;
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return;
            case string text:
                Tag(hash, 1);
                Int64(hash, text.Length);
                hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
                return;
            case CompactText text:
                // Text kept as UTF-8, in memory or in a file: the hash of its bytes stands for them either way.
                Tag(hash, 8);
                Int64(hash, text.ByteCount);
                UInt128(hash, text.ContentHash);
                return;
            case byte[] bytes:
                // Bytes in one call, not an item at a time.
                Tag(hash, 7);
                Int64(hash, bytes.Length);
                hash.Append(bytes);
                return;
            case Uri uri:
                // Uri fills private caches as its properties are read: its text is its state.
                Append(hash, uri.OriginalString, depth);
                return;
            case Delegate or MemberInfo or Stream or Task or IntPtr or UIntPtr:
                throw new NotSupportedException($"a {value.GetType().Name} has no state to fingerprint.");
        }

        var shape = Shapes.GetOrAdd(value.GetType(), Shape.Of);
        switch (shape.Kind)
        {
            case ShapeKind.Enum:
                Tag(hash, 2);
                Append(hash, value.ToString(), depth);
                break;
            case ShapeKind.Primitive:
                Tag(hash, 3);
                Primitive(hash, value);
                break;
            case ShapeKind.Value:
                Tag(hash, 4);
                AppendFields(hash, value, shape, depth);
                break;
            default:
                Tag(hash, 5);
                UInt128(hash, ObjectHash(value, shape, depth));
                break;
        }
    }

    private UInt128 ObjectHash(object value, Shape shape, int depth)
    {
        if (shape.Remember && _objects.TryGetValue(value, out var known))
        {
            return known;
        }

        var hashers = _hashers ??= [];
        while (hashers.Count <= depth)
        {
            hashers.Add(new XxHash128());
        }

        var hash = hashers[depth];
        hash.Reset();
        var start = _steps;
        if (shape.Kind == ShapeKind.Collection)
        {
            // A collection's state is its items in order, not its internals (spare capacity, version counters).
            hash.Append(shape.Name);
            foreach (var item in (IEnumerable)value)
            {
                Append(hash, item, depth + 1);
            }

            Tag(hash, 6);
        }
        else
        {
            AppendFields(hash, value, shape, depth);
        }

        var result = hash.GetCurrentHashAsUInt128();
        if (shape.Remember || _steps - start >= RememberedSteps)
        {
            shape.Remember = true;
            _objects.TryAdd(value, result);
        }

        return result;
    }

    private void AppendFields(XxHash128 hash, object value, Shape shape, int depth)
    {
        hash.Append(shape.Name);
        // FieldInfo.GetValue is a cached direct read since .NET 8; compiling readers costs more than a build saves.
        foreach (var field in shape.Fields)
        {
            Append(hash, field.GetValue(value), depth + 1);
        }
    }

    private enum ShapeKind
    {
        Enum,
        Primitive,
        Value,
        Collection,
        Object,
    }

    /// <summary>What hashing needs to know of a type, found once: its kind, its name's hash, its fields, and whether its objects are worth remembering.</summary>
    private sealed class Shape
    {
        private volatile bool _remember;

        private Shape(ShapeKind kind, byte[] name, FieldInfo[] fields)
        {
            Kind = kind;
            Name = name;
            Fields = fields;
        }

        public ShapeKind Kind { get; }

        /// <summary>The hash of the type's full name, standing for the name in every object's hash.</summary>
        public byte[] Name { get; }

        public FieldInfo[] Fields { get; }

        /// <summary>Set once an object of the type took a long walk; a race only costs a walk.</summary>
        public bool Remember
        {
            get => _remember;
            set => _remember = value;
        }

        public static Shape Of(Type type)
        {
            var kind = type.IsEnum ? ShapeKind.Enum
                : type.IsPrimitive || type == typeof(decimal) ? ShapeKind.Primitive
                : type.IsValueType ? ShapeKind.Value
                : typeof(IEnumerable).IsAssignableFrom(type) ? ShapeKind.Collection
                : ShapeKind.Object;
            var name = XxHash128.Hash(System.Text.Encoding.UTF8.GetBytes(type.FullName ?? type.Name));
            return new Shape(kind, name, kind is ShapeKind.Value or ShapeKind.Object ? AllInstanceFields(type) : []);
        }
    }

    /// <summary>Every instance field, the base classes' included, in a fixed order.</summary>
    private static FieldInfo[] AllInstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields.OrderBy(f => f.DeclaringType!.FullName, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal)];
    }

    private static void Primitive(XxHash128 hash, object value)
    {
        Span<byte> bytes = stackalloc byte[16];
        var length = 8;
        switch (value)
        {
            case bool b: bytes[0] = b ? (byte)1 : (byte)0; length = 1; break;
            case char c: BinaryPrimitives.WriteUInt16LittleEndian(bytes, c); length = 2; break;
            case byte u8: bytes[0] = u8; length = 1; break;
            case sbyte s8: bytes[0] = unchecked((byte)s8); length = 1; break;
            case short s16: BinaryPrimitives.WriteInt16LittleEndian(bytes, s16); length = 2; break;
            case ushort u16: BinaryPrimitives.WriteUInt16LittleEndian(bytes, u16); length = 2; break;
            case int s32: BinaryPrimitives.WriteInt32LittleEndian(bytes, s32); length = 4; break;
            case uint u32: BinaryPrimitives.WriteUInt32LittleEndian(bytes, u32); length = 4; break;
            case long s64: BinaryPrimitives.WriteInt64LittleEndian(bytes, s64); break;
            case ulong u64: BinaryPrimitives.WriteUInt64LittleEndian(bytes, u64); break;
            case float f32: BinaryPrimitives.WriteSingleLittleEndian(bytes, f32); length = 4; break;
            case double f64: BinaryPrimitives.WriteDoubleLittleEndian(bytes, f64); break;
            case decimal d:
                var parts = decimal.GetBits(d);
                for (var i = 0; i < 4; i++)
                {
                    BinaryPrimitives.WriteInt32LittleEndian(bytes[(i * 4)..], parts[i]);
                }

                length = 16;
                break;
            default: throw new NotSupportedException($"a {value.GetType().Name} has no state to fingerprint.");
        }

        hash.Append(bytes[..length]);
    }

    private static void Tag(XxHash128 hash, byte tag) => hash.Append([tag]);

    private static void Int64(XxHash128 hash, long value)
    {
        Span<byte> bytes = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        hash.Append(bytes);
    }

    private static void UInt128(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        hash.Append(bytes);
    }
}
