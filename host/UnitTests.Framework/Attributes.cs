using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class whose public methods hold tests.</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        /// <summary>The attribute to run a test method with; a derived class may substitute another.</summary>
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute)
        {
            return testMethodAttribute;
        }
    }

    /// <summary>Marks a test: a public method without parameters (static on the device).</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Marks a method run once, before any test of its class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Marks a method run once, after every test of its class.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }

    /// <summary>
    /// One run of a test method with these arguments. Repeat it for more runs; a method with
    /// data rows needs no <see cref="TestMethodAttribute"/> (one given alongside is ignored).
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>The arguments, in parameter order.</summary>
        public object[] MethodParameters { get; }

        /// <summary>Stores the arguments of one run; at least one is required.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
            if (methodParameters == null) throw new ArgumentNullException(nameof(methodParameters));
            if (methodParameters.Length == 0) throw new ArgumentException("A data row needs at least one argument.", nameof(methodParameters));
            MethodParameters = methodParameters;
        }
    }
}
