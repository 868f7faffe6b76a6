/// What stops guessing and unbounded growth on the practice site: failed join codes and sign-ins per client, and
/// how many classes live and how long.
public struct SiteGuards: Sendable, Hashable {
    /// Wrong join codes one client may send in `failureWindow` seconds (31⁶ codes: guessing one takes centuries).
    public var failedJoins = 10
    /// Wrong trainer passwords one client may send in `failureWindow` seconds.
    public var failedSignIns = 5
    public var failureWindow = 600
    /// A class with no trainee or trainer activity this long (seconds) ends by itself.
    public var classIdle = 4 * 3600
    /// An ended class stays on the trainer panel this long (seconds), then goes; at most `endedClasses` of them stay.
    public var endedClassKept = 3600
    public var endedClasses = 200
    /// Classes open at once.
    public var openClasses = 50

    public init() {}
}
