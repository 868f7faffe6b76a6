import Foundation
import PlateEngine
import PlateRules

/// `events.csv`: one row per engine event, streamed to disk as the run goes (runs can be large).
public final class EventLog {
    public static let header = "at,event,session,subject,user,vin,serial,detail\n"
    private let handle: FileHandle
    private let zone: UTCOffset
    private var buffer = ""

    /// Starts the log at `path` (replacing any file there).
    public init(path: String, zone: UTCOffset) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteNoPermission) }
        self.handle = handle
        self.zone = zone
        buffer = Self.header
    }

    /// Appends one event.
    public func record(_ event: EngineEvent) {
        buffer += Self.row(event, zone: zone)
        if buffer.utf8.count > 1 << 20 { flush() }
    }

    /// Writes what is buffered and closes the file.
    public func close() {
        flush()
        try? handle.close()
    }

    private func flush() {
        handle.write(Data(buffer.utf8))
        buffer = ""
    }

    /// One CSV row: instant, event name, then the fields that apply.
    public static func row(_ event: EngineEvent, zone: UTCOffset) -> String {
        var name = ""
        var session = ""
        var subject = ""
        var user = ""
        var vin = ""
        var serial = ""
        var detail = ""
        func who(_ s: Subject?) { subject = s.map { String($0.number) } ?? "" }
        switch event.kind {
        case .applicationOpened(let id, let s, let u, let region):
            (name, session, user, detail) = ("opened", id.description, u, region)
            who(s)
        case .entryRefused(let s, let u, let region, let r):
            (name, user, detail) = ("entry_refused", u, r.name + " in " + region)
            who(s)
        case .stepRejected(let id, let r): (name, session, detail) = ("rejected", id.description, r.name)
        case .stageChanged(let id, let from, let to):
            (name, session, detail) = ("stage", id.description, from.rawValue + " -> " + to.rawValue)
        case .officeChosen(let id, let office, let vehicle):
            (name, session, detail) = ("office_chosen", id.description, office + " " + vehicle.rawValue)
        case .basicInfoCompleted(let id, let s, let v):
            (name, session, vin) = ("basic_info_completed", id.description, v)
            who(s)
        case .identityConfirmed(let id): (name, session) = ("identity_confirmed", id.description)
        case .selfComposeConfirmed(let id, let c):
            (name, session, serial) = (
                c.allTaken ? "all_taken" : "self_compose_reserved", id.description, c.reserved ?? ""
            )
            detail =
                "attempt \(c.attempt): " + c.entered.joined(separator: " ") + "; \(c.tried) tried; \(c.remaining) left"
        case .movedToRandom(let id): (name, session) = ("moved_to_random", id.description)
        case .sentToOffice(let id): (name, session) = ("sent_to_office", id.description)
        case .drawn(let id, let candidates, let left):
            (name, session, detail) = ("drawn", id.description, candidates.joined(separator: " ") + "; \(left) left")
        case .backupKept(let id, let s): (name, session, serial) = ("backup_kept", id.description, s)
        case .reserved(let r):
            (name, session, user, vin, serial) = ("reserved", r.application.description, r.user, r.vin, r.serial)
            detail = r.mode.rawValue + "; valid through " + r.lastValidDay.description
            who(r.subject)
        case .registered(let s, let v, let se):
            (name, vin, serial) = ("registered", v, se)
            who(s)
        case .registrationRefused(let s, let v, let r):
            (name, vin, detail) = ("registration_refused", v, r.name)
            who(s)
        case .lapsed(let s, let v, let se, let u):
            (name, user, vin, serial) = ("lapsed", u, v, se)
            who(s)
        case .blacklisted(let s, let u, let until):
            (name, user, detail) = ("blacklisted", u, "until " + until.description)
            who(s)
        case .blacklistLifted(let s, let u):
            (name, user) = ("blacklist_lifted", u)
            who(s)
        case .blacklistHit(let s, let u):
            (name, user) = ("blacklist_hit", u)
            who(s)
        case .sessionClosed(let id, let s, let use):
            (name, session) = ("session_closed", id.description)
            who(s)
            detail = use.map { "used \($0.selfComposeNumbers) self-composed numbers, \($0.draws) draws" } ?? ""
        case .pool(let key, let e):
            (name, detail) = ("pool", key.office + "/" + key.pool + ": ")
            switch e {
            case .segmentPublished(let segment, let first, let last, _):
                detail += "segment \(segment) published (\(first)–\(last))"
            case .segmentOpenedToSelfCompose(let segment, _): detail += "segment \(segment) open to self-compose"
            case .numberReturned(let s, _):
                serial = s
                detail += "number returned"
            case .exhausted(let mode, _): detail += "exhausted (\(mode?.rawValue ?? "any mode"))"
            case .replenished(let mode, _): detail += "replenished (\(mode?.rawValue ?? "any mode"))"
            case .sampled(let counts, _):
                detail +=
                    "available \(counts.availableSelfCompose) to self-compose, \(counts.availableRandom) to random"
            }
        }
        return [event.at.formatted(in: zone), name, session, subject, user, vin, serial, detail].map(csv).joined(
            separator: ",") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csv(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
