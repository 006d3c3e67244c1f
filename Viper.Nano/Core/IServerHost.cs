namespace Viper.Nano
{
    /// <summary>
    /// What a request's context sees of the server running it. The HTTP layer sits below the
    /// server, so it reaches the server through this instead of naming ViperServer.
    /// </summary>
    internal interface IServerHost
    {
        /// <summary>True once Stop has begun: a response written now closes its connection.</summary>
        bool IsStopping { get; }

        /// <summary>The OpenAPI document built at start-up, or null.</summary>
        byte[] OpenApiJson { get; }
    }
}
