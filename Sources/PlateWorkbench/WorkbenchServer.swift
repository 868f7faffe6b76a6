import Hummingbird
import PlateServer

/// `platelab workbench`: the workbench's pages on 127.0.0.1 unless told otherwise.
public enum WorkbenchServer {
    /// The application serving `workbench` on `host`; `port` 0 picks a free port. `origins` are the `--origin`
    /// values, names the workbench also answers to.
    public static func application(
        _ workbench: Workbench, host: String = "127.0.0.1", port: Int, origins: [String] = [],
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let limits = ConnectionLimits(bodyBytes: WorkbenchRoutes.maxForm)
        return Application(
            router: WorkbenchRoutes.router(workbench, origins: SiteOrigins(bound: host, extra: origins)),
            server: .http1(configuration: PracticeServer.httpConfiguration(limits)),
            configuration: .init(address: .hostname(host, port: port), serverName: "platelab-workbench"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }
}
