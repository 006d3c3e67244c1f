namespace nanoFramework.Json
{
    // TEMPORARY: replaced by the full shim from the http/ws branches at integration.
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => System.Text.Json.JsonSerializer.Serialize(value);
    }
}
