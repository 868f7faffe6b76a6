/// How far a study has come: pieces of work (runs, checks, cases) done of those it will do.
public struct StudyProgress: Equatable, Sendable {
    /// What the pieces of work are; the raw value names them in a progress line.
    public enum Stage: String, Sendable {
        case runs
        case cases
        case gridChecks = "grid checks"
    }

    public let stage: Stage
    public let done: Int
    public let total: Int

    public init(_ stage: Stage, done: Int, of total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// The share done, 0 to 1 (1 when there is nothing to do).
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
}

/// Told, on the thread that started the study, whenever a piece of work finishes.
public typealias StudyProgressHandler = (StudyProgress) -> Void
