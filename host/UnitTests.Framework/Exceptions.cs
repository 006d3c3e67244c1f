using System;

namespace TestFrameworkShared
{
    /// <summary>Thrown by a failed assertion; the runner reports the test as failed with its message.</summary>
    public class AssertFailedException : Exception
    {
        /// <summary>A failure with a message and the exception behind it.</summary>
        public AssertFailedException(string msg, Exception ex) : base(msg, ex)
        {
        }

        /// <summary>A failure with a message.</summary>
        public AssertFailedException(string msg) : base(msg)
        {
        }

        /// <summary>A failure without a message.</summary>
        public AssertFailedException()
        {
        }
    }
}

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Thrown by <see cref="Assert.SkipTest"/>: the runner reports the test as skipped with the
    /// message. Only this exact type skips; a derived exception counts as a failure, as on the device.
    /// </summary>
    public class SkipTestException : Exception
    {
        /// <summary>A skip with its reason.</summary>
        public SkipTestException(string message = null, Exception innerException = null) : base(message, innerException)
        {
        }
    }
}
