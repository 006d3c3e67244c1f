namespace Viper.Nano.Http
{
    /// <summary>What a sans-I/O parser made of the bytes it was given.</summary>
    internal enum ParseStatus
    {
        /// <summary>The bytes so far are a valid prefix; call again with more.</summary>
        NeedMore,

        /// <summary>A whole element was parsed; the parser says how many bytes it used.</summary>
        Complete,

        /// <summary>The bytes can never become valid; the parser says which status to answer and why.</summary>
        Invalid,
    }
}
