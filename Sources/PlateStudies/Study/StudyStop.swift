/// Why a study returned no result.
public enum StudyStop: Error, Equatable, Sendable {
    /// Its cancellation token was cancelled before every run had run.
    case cancelled
}
