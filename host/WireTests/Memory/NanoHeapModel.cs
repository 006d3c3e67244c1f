using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;

namespace Viper.Nano.WireTests.Memory
{
    /// <summary>
    /// An estimate of what an object graph of the .NET build would take on nanoCLR's managed heap
    /// (the 32-bit ESP32 firmware), from nf-interpreter's layout (src/CLR/Include/
    /// nanoCLR_Runtime__HeapBlock.h, src/CLR/Core/Execution.cpp, CLR_RT_HeapBlock_String.cpp):
    /// the heap is made of 12-byte CLR_RT_HeapBlocks; an object is one header block plus one block
    /// per instance field, whatever the field's type; an array is a 20-byte header plus its
    /// elements at their own size (1 byte for byte and bool, 2 for char, 4 for int, 8 for long,
    /// a whole block for a reference), rounded up to whole blocks; a string made at run time is a
    /// block plus its UTF-8 bytes and a terminator. A model, not a measurement: it walks the
    /// graph by reflection and counts each object once.
    /// </summary>
    public sealed class NanoHeapModel
    {
        public const int Block = 12;
        public const int ArrayHeader = 20;

        // nanoFramework's delegate: a block, its class and method indexes, and the target (a block).
        public const int Delegate = 36;

        private readonly HashSet<object> seen = new HashSet<object>(ReferenceEqualityComparer.Instance);

        /// <summary>Types of the .NET base library met in the graph, which the model does not size (it counts nothing for them).</summary>
        public readonly SortedSet<string> Unmodelled = new SortedSet<string>(StringComparer.Ordinal);

        /// <summary>Threads met in the graph: their cost is estimated separately (see memory-budget.md).</summary>
        public int Threads;

        /// <summary>Estimated bytes per type name, of everything counted so far.</summary>
        public readonly SortedDictionary<string, long> ByType = new SortedDictionary<string, long>(StringComparer.Ordinal);

        /// <summary>Marks a graph as already counted (shared objects the next estimates must leave out).</summary>
        public void Exclude(object root)
        {
            Add(root);
            Unmodelled.Clear();
            ByType.Clear();
            Threads = 0;
        }

        /// <summary>The largest entries of <see cref="ByType"/>, for a printout.</summary>
        public string Breakdown(int top) =>
            string.Join(", ", ByType.OrderByDescending(p => p.Value).Take(top).Select(p => p.Key + " " + p.Value));

        /// <summary>Estimated nanoCLR bytes of the objects reachable from <paramref name="root"/> not counted before.</summary>
        public long Add(object root)
        {
            long total = 0;
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                object o = pending.Pop();
                if (o == null || !seen.Add(o)) continue;
                long size = Size(o, pending);
                string name = o.GetType().Name;
                ByType[name] = (ByType.TryGetValue(name, out long sum) ? sum : 0) + size;
                total += size;
            }

            return total;
        }

        public static long Round(long bytes) => (bytes + Block - 1) / Block * Block;

        private long Size(object o, Stack<object> pending)
        {
            Type t = o.GetType();

            // A Type or MethodInfo is one reflection block on nanoCLR.
            if (o is Type || o is MemberInfo) return Block;
            if (o is string s) return Round(Block + Encoding.UTF8.GetByteCount(s) + 1);
            if (o is Array a)
            {
                Type e = t.GetElementType();
                if (!e.IsValueType) foreach (object item in a) pending.Push(item);
                return Round(ArrayHeader + (long)a.Length * ElementSize(e));
            }

            if (o is Delegate d)
            {
                pending.Push(d.Target);
                return Delegate;
            }

            if (o is Thread)
            {
                Threads++;
                return 0;
            }

            // nanoFramework's ArrayList: its items array and size.
            if (o is System.Collections.ArrayList list)
            {
                foreach (object item in list) pending.Push(item);
                return 3 * Block + Round(ArrayHeader + (long)list.Capacity * Block);
            }

            // nanoFramework's lock objects and wait handles carry no managed field: one block.
            if (t == typeof(object) || o is WaitHandle) return Block;
            if (!IsOurs(t))
            {
                Unmodelled.Add(t.FullName);
                return 0;
            }

            int fields = 0;
            for (Type c = t; c != null && c != typeof(object); c = c.BaseType)
            {
                foreach (FieldInfo f in c.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    fields++;
                    if (!f.FieldType.IsValueType) pending.Push(f.GetValue(o));
                }
            }

            return Block * (1 + fields);
        }

        /// <summary>
        /// A nanoCLR stack frame of <paramref name="method"/> (CLR_RT_StackFrame::Push): a fixed part of
        /// about 80 bytes (7 blocks), then one block per local and per evaluation-stack slot plus 3,
        /// at least 10 blocks; arguments live in the caller's evaluation stack. Frames are allocated
        /// on the managed heap, so a waiting thread holds its whole call chain there.
        /// </summary>
        public static int FrameBytes(MethodBase method)
        {
            MethodBody body = method?.GetMethodBody();
            int slots = body == null ? 0 : body.LocalVariables.Count + body.MaxStackSize + 3;
            return 7 * Block + Block * Math.Max(10, slots);
        }

        /// <summary>True for the library's, the samples' and these tests' own types.</summary>
        public static bool IsOurs(MethodBase method) => method?.DeclaringType != null && IsOurs(method.DeclaringType);

        private static bool IsOurs(Type t) => t.Assembly.GetName().Name.StartsWith("Viper.Nano", StringComparison.Ordinal);

        private static int ElementSize(Type e)
        {
            if (!e.IsValueType) return Block;
            if (e.IsEnum) e = Enum.GetUnderlyingType(e);
            switch (Type.GetTypeCode(e))
            {
                case TypeCode.Boolean:
                case TypeCode.Byte:
                case TypeCode.SByte:
                    return 1;
                case TypeCode.Char:
                case TypeCode.Int16:
                case TypeCode.UInt16:
                    return 2;
                case TypeCode.Int32:
                case TypeCode.UInt32:
                case TypeCode.Single:
                    return 4;
                case TypeCode.Int64:
                case TypeCode.UInt64:
                case TypeCode.Double:
                    return 8;
                default:
                    return Block;
            }
        }
    }
}
