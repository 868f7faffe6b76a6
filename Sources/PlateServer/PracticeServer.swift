import Hummingbird
import PlateRules

/// `platelab serve`: the practice site on 127.0.0.1.
public enum PracticeServer {
    /// The application serving `site`; `port` 0 picks a free port.
    public static func application(site: PracticeSite, regionName: String, port: Int,
                                   onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(router: PracticeRoutes.router(site: site, regionName: regionName),
                    configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "platelab-practice"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }
}
