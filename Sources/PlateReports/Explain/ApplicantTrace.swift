import PlateEngine
import PlateRules

/// One applicant's engine events, collected during a run, and how to print them with the rules they read.
public final class ApplicantTrace {
    /// The applicant, as the run numbers it (`ScenarioRunner.subject(ofApplicant:)` and `subject(ofScriptedUser:in:)`).
    public let subject: Subject
    private var sessions: Set<Int> = []
    public private(set) var events: [EngineEvent] = []

    public init(subject: Subject) { self.subject = subject }

    /// Keeps `event` when it concerns the applicant: it names the applicant's subject, or one of its sessions.
    public func observe(_ event: EngineEvent) {
        let mine: Bool
        switch event.kind {
        case .applicationOpened(let id, let s, _, _):
            mine = s == subject
            if mine { sessions.insert(id.value) }
        case .entryRefused(let s, _, _, _), .basicInfoCompleted(_, let s, _), .registered(let s, _, _),
            .lapsed(let s, _, _, _),
            .blacklisted(let s, _, _), .blacklistLifted(let s, _), .blacklistHit(let s, _), .sessionClosed(_, let s, _):
            mine = s == subject
        case .registrationRefused(let s, _, _): mine = s == subject
        case .reserved(let reservation): mine = reservation.subject == subject
        case .stepRejected(let id, _), .stageChanged(let id, _, _), .officeChosen(let id, _, _),
            .identityConfirmed(let id), .selfComposeConfirmed(let id, _),
            .movedToRandom(let id), .sentToOffice(let id), .drawn(let id, _, _), .backupKept(let id, _):
            mine = sessions.contains(id.value)
        case .pool: mine = false
        }
        if mine { events.append(event) }
    }

    /// The trace as text: each event with its instant, what the engine decided, and the rule values it read
    /// (value as in force then, and the file and line that set it).
    public func render(book: RuleBook, zone: UTCOffset) -> String {
        guard !events.isEmpty else { return "no engine event (the applicant never arrived within the period)\n" }
        var out = ""
        for event in events {
            out += "\(event.at.formatted(in: zone))  \(Self.describe(event.kind, zone: zone))\n"
            let document = book.epoch(at: event.at).document
            if case .officeChosen(_, let office, _) = event.kind,
                let entry = document["offices"]?.items?.first(where: { $0["id"]?.scalar == office })
            {
                out +=
                    "    rule offices[\(office)] = \(Self.flow(entry))  (\(entry.location.file):\(entry.location.line))\n"
            }
            for rule in event.kind.rulePaths {
                // A key the rule set left out is quoted too: the schema's default decided, and a line number would lie.
                switch Self.node(at: rule.path, in: document) {
                case let node? where node.isDefault:
                    out += "    rule \(rule.path) = \(Self.flow(node))  (default: not in the rule set)\n"
                case let node?:
                    out += "    rule \(rule.path) = \(Self.flow(node))  (\(node.location.file):\(node.location.line))\n"
                case nil: out += "    rule \(rule.path) not set  (not in the rule set, no default)\n"
                }
            }
        }
        return out
    }

    /// The node at a dotted path of a rule tree.
    static func node(at path: String, in root: YAMLNode) -> YAMLNode? {
        path.split(separator: ".").reduce(root as YAMLNode?) { node, key in node?[String(key)] }
    }

    /// A node in YAML flow style, on one line.
    static func flow(_ node: YAMLNode) -> String {
        if let entries = node.entries {
            return "{" + entries.map { "\($0.key): \(flow($0.value))" }.joined(separator: ", ") + "}"
        }
        if let items = node.items { return "[" + items.map(flow).joined(separator: ", ") + "]" }
        let text = node.scalar ?? ""
        return text.contains("\n") ? "\"" + text.prefix(40) + "…\"" : text
    }

    /// What happened, in words, with the typed outcome's data.
    static func describe(_ kind: EngineEvent.Kind, zone: UTCOffset) -> String {
        switch kind {
        case .applicationOpened(let id, _, _, let region): "\(id) entered the \(region) platform"
        case .entryRefused(_, _, let region, let r):
            "entry to \(region) refused: \(RejectionWords.sentence(r, zone: zone)) (\(r.name))"
        case .stepRejected(let id, let r): "\(id) refused: \(RejectionWords.sentence(r, zone: zone)) (\(r.name))"
        case .stageChanged(let id, let from, let to): "\(id) \(from.rawValue) → \(to.rawValue)"
        case .officeChosen(let id, let office, let vehicle):
            "\(id) chose office \(office) for a \(vehicle.rawValue.replacingOccurrences(of: "_", with: " "))"
        case .basicInfoCompleted(let id, _, let vin): "\(id) basic information confirmed for VIN \(vin)"
        case .identityConfirmed(let id): "\(id) identity confirmed (phase 2)"
        case .selfComposeConfirmed(let id, let c) where c.allTaken:
            "\(id) confirm \(c.attempt): all taken: \(c.entered.joined(separator: ", ")); \(c.remaining) self-composed numbers left"
        case .selfComposeConfirmed(let id, let c):
            "\(id) confirm \(c.attempt): \(c.entered.prefix(c.tried).joined(separator: ", ")) tried, \(c.reserved ?? "") free; "
                + "\(c.remaining) self-composed numbers left"
        case .movedToRandom(let id): "\(id) self-compose used up: moved to random"
        case .sentToOffice(let id): "\(id) both quotas used up: go to the office"
        case .drawn(let id, let candidates, let left):
            "\(id) drew \(candidates.joined(separator: " ")); \(left) draws left"
        case .backupKept(let id, let serial): "\(id) kept backup \(serial)"
        case .reserved(let r):
            "\(r.application) reserved \(r.plate) by \(r.mode.rawValue), valid through \(r.lastValidDay)"
        case .registered(_, let vin, let serial): "registered \(serial) for VIN \(vin)"
        case .registrationRefused(_, let vin, let r):
            "registration of VIN \(vin) refused: \(RejectionWords.sentence(r, zone: zone)) (\(r.name))"
        case .lapsed(_, _, let serial, _): "reservation of \(serial) lapsed"
        case .blacklisted(_, _, let until): "blacklisted until \(until)"
        case .blacklistLifted: "blacklist lifted"
        case .blacklistHit: "blocked by the blacklist"
        case .sessionClosed(let id, _, let use):
            "\(id) left the platform"
                + (use.map { ": \($0.selfComposeNumbers) self-composed numbers and \($0.draws) draws used on the VIN" }
                    ?? "")
        case .pool(let key, let event): "pool \(key): \(event)"
        }
    }
}
