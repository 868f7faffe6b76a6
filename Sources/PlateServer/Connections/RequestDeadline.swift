import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request is not read whole within the read timeout of its head, or whose body
/// outgrows the bound, whatever the route: a client trickling a body (or sending one without end) cannot hold
/// a connection. The idle timeout (before a head arrives) is Hummingbird's.
final class RequestDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let readTimeout: TimeAmount
    private let maxBody: Int
    private var deadline: Scheduled<Void>?
    private var bodyBytes = 0

    init(_ limits: ConnectionLimits) {
        readTimeout = .seconds(Int64(limits.readSeconds))
        maxBody = limits.bodyBytes
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            bodyBytes = 0
            deadline?.cancel()
            let loop = context.eventLoop.assumeIsolated()
            deadline = loop.scheduleTask(in: readTimeout) { context.close(promise: nil) }
        case .body(let buffer):
            bodyBytes += buffer.readableBytes
            guard bodyBytes <= maxBody else {
                stop()
                context.close(promise: nil)
                return
            }
        case .end:
            stop()
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        stop()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) { stop() }

    private func stop() {
        deadline?.cancel()
        deadline = nil
    }
}
