/// How long and how much one client connection of the practice site may take, so that half-sent or endless
/// requests cannot hold the site's connections (or memory) open.
public struct ConnectionLimits: Sendable {
    /// A connection with no request under way is closed after this many seconds: a request head must arrive
    /// whole within it (the header timeout), and an idle keep-alive connection does not stay open.
    public var idleSeconds: Int
    /// A request must be read whole, head to end, within this many seconds of its head.
    public var readSeconds: Int
    /// Most body bytes of one request on any route; a longer body closes the connection (forms are far smaller).
    public var bodyBytes: Int
    /// Most bytes of a request's header fields together.
    public var headerBytes: Int

    public init(idleSeconds: Int = 30, readSeconds: Int = 10, bodyBytes: Int = 16 << 10, headerBytes: Int = 16 << 10) {
        self.idleSeconds = idleSeconds
        self.readSeconds = readSeconds
        self.bodyBytes = bodyBytes
        self.headerBytes = headerBytes
    }
}
