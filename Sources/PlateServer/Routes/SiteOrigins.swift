import NIOCore

/// The names and addresses the practice site answers to, and so the origins its own pages post from.
///
/// Always the loopback names; the address it is bound to; bound to every interface (0.0.0.0 or ::), each address of
/// this machine's interfaces, read when the site starts; and the origins given with `serve --origin` (a classroom's
/// host name, say). A form's `Origin` must then be the very origin the request came to (scheme, host and port of
/// its `Host`): a page of another port, or of another address, is another site.
public struct SiteOrigins: Sendable, Hashable {
    /// Lower-cased host names or addresses (IPv6 in brackets) answered on any port.
    public private(set) var hosts: Set<String>
    /// Lower-cased `host:port` pairs from `--origin`, answered on that port only.
    public private(set) var named: Set<String>

    /// Host names the site always answers to: the loopback names.
    public static let loopback: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// The origins of a site bound to `bound`, with the `--origin` values `extra` (already checked by `parse`).
    public init(bound: String, extra: [String] = [], interfaces: [String] = SiteOrigins.interfaceAddresses(of: "::")) {
        var hosts = Self.loopback
        hosts.insert(Self.bracketed(bound.lowercased()))
        // 0.0.0.0 listens on IPv4 only, so only IPv4 addresses reach it; :: takes both.
        if ["0.0.0.0", "::"].contains(bound) {
            hosts.formUnion(
                interfaces.filter { bound == "::" || !$0.contains(":") }.map { Self.bracketed($0.lowercased()) })
        }
        self.hosts = hosts
        named = Set(extra.compactMap { Self.parse($0).map { "\($0.host):\($0.port)" } })
    }

    /// `http://NAME[:PORT]` split into a lower-cased host and a port (80 when none); nil when it is not such an origin.
    public static func parse(_ origin: String) -> (host: String, port: Int)? {
        let lowered = origin.lowercased()
        guard lowered.hasPrefix("http://") else { return nil }
        return split(authority: String(lowered.dropFirst("http://".count)))
    }

    /// Whether a request's `Host` (`name`, `name:port`, `[v6]:port`) is one the site answers to.
    public func allows(host: String) -> Bool {
        guard let (name, port) = Self.split(authority: host.lowercased()) else { return false }
        return hosts.contains(name) || named.contains("\(name):\(port)")
    }

    /// Whether a form's `Origin` is the site's own: the very origin (scheme, host, port) of the request's `Host`.
    public func allows(origin: String, host: String?) -> Bool {
        guard let host, allows(host: host), let from = Self.parse(origin),
            let to = Self.split(authority: host.lowercased())
        else { return false }
        return from == to
    }

    /// `name[:port]` or `[v6][:port]` into its parts (port 80 when none); nil for anything else (a path, user info, a
    /// bad port).
    static func split(authority: String) -> (host: String, port: Int)? {
        let name: String
        let rest: Substring
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            name = String(authority[...close])
            rest = authority[authority.index(after: close)...]
        } else {
            let parts = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            name = String(parts[0])
            rest = parts.count > 1 ? ":" + parts[1] : ""
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "-.[]:".contains($0) }) else { return nil }
        if rest.isEmpty { return (name, 80) }
        guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), (1...65535).contains(port) else { return nil }
        return (name, port)
    }

    /// An IPv6 address in brackets, as it stands in a `Host`; anything else as it is.
    public static func bracketed(_ address: String) -> String {
        address.contains(":") && !address.hasPrefix("[") ? "[\(address)]" : address
    }

    /// The addresses of this machine's network interfaces (IPv4 dotted, IPv6 without a zone) that a site bound to
    /// `bound` listens on: IPv4 only for 0.0.0.0, both for ::.
    public static func interfaceAddresses(of bound: String) -> [String] {
        let devices = (try? System.enumerateDevices()) ?? []
        let addresses = devices.compactMap { $0.address?.ipAddress }.map {
            $0.split(separator: "%").first.map(String.init) ?? $0
        }
        return addresses.filter { bound == "::" || !$0.contains(":") }
    }
}
