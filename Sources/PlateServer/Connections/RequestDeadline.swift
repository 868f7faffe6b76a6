import NIOCore
import NIOHTTPTypes

/// Closes a connection whose request is not read whole within the read timeout of its head, or whose body
/// outgrows the bound, whatever the route: a client trickling a body (or sending one without end) cannot hold
/// a connection. The idle timeout (before a head arrives) is Hummingbird's.
///
/// A body *announced* longer than the bound is not cut off: its bytes are read and dropped, so the route's 413 page
/// reaches the client (browsers send the body at once with the head; closing on it reset the connection before the
/// answer was read). The read timeout still ends a body that never stops.
final class RequestDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let readTimeout: TimeAmount
    private let maxBody: Int
    private var deadline: Scheduled<Void>?
    private var bodyBytes = 0
    /// The head announced more than the bound: its body is dropped unread and the router answers 413.
    private var dropping = false

    init(_ limits: ConnectionLimits) {
        readTimeout = .seconds(Int64(limits.readSeconds))
        maxBody = limits.bodyBytes
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            bodyBytes = 0
            dropping = head.headerFields[.contentLength].map { Int($0).map { $0 > maxBody } ?? true } ?? false
            deadline?.cancel()
            let loop = context.eventLoop.assumeIsolated()
            deadline = loop.scheduleTask(in: readTimeout) { context.close(promise: nil) }
        case .body where dropping:
            return
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
