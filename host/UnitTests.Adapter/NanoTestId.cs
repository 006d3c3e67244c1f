using Xunit.Abstractions;

namespace Viper.Nano.UnitTests.Adapter
{
    /// <summary>
    /// One nano test as an xunit theory argument: serializable, so that every test is its own
    /// row in discovery, and shown by its name (Sha1Tests.PaddingBoundaries(55, "c1c8...")).
    /// </summary>
    public sealed class NanoTestId : IXunitSerializable
    {
        /// <summary>For the deserializer.</summary>
        public NanoTestId()
        {
        }

        /// <summary>A test of a class, both by their runner names.</summary>
        public NanoTestId(string className, string testName)
        {
            ClassName = className;
            TestName = testName;
        }

        /// <summary>The class, as <see cref="Viper.Nano.TestRunner.NanoTestClass.Name"/>.</summary>
        public string ClassName { get; private set; }

        /// <summary>The test, as <see cref="Viper.Nano.TestRunner.NanoTestCase.Name"/>.</summary>
        public string TestName { get; private set; }

        public void Deserialize(IXunitSerializationInfo info)
        {
            ClassName = info.GetValue<string>(nameof(ClassName));
            TestName = info.GetValue<string>(nameof(TestName));
        }

        public void Serialize(IXunitSerializationInfo info)
        {
            info.AddValue(nameof(ClassName), ClassName);
            info.AddValue(nameof(TestName), TestName);
        }

        public override string ToString() => TestName;
    }
}
