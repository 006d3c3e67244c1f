namespace nanoFramework.TestFramework
{
    /// <summary>Text a test writes to the run's output (the console, as on the device).</summary>
    public static class OutputHelper
    {
        /// <summary>Writes the text.</summary>
        public static void Write(string message)
        {
            System.Console.Write(message);
        }

        /// <summary>Writes the text and a line end.</summary>
        public static void WriteLine(string message)
        {
            System.Console.WriteLine(message);
        }
    }
}
