/// How far a study has come: pieces of work (runs, checks, cases) done of those it will do.
public struct StudyProgress: Equatable, Sendable {
    /// What the pieces are, for a progress line: `runs`, `grid checks`, `cases`.
    public let stage: String
    public let done: Int
    public let total: Int

    public init(_ stage: String, done: Int, of total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// The share done, 0 to 1 (1 when there is nothing to do).
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
}

/// Told, on the thread that started the study, whenever a piece of work finishes.
public typealias StudyProgressHandler = (StudyProgress) -> Void
