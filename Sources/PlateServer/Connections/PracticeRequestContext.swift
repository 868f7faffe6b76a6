import Hummingbird
import NIOCore

/// A request's context on the practice site: Hummingbird's, with the client's address (for the per-client cap on
/// new sessions).
public struct PracticeRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The connected client; nil in the router test framework.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Who is asking, for the per-client cap: the client's IP address without its port.
    public var client: String { remoteAddress?.ipAddress ?? "unknown" }
}
