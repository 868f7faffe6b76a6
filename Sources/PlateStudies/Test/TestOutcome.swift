/// What came of one case.
public struct TestOutcome: Sendable {
    public let test: TestCase
    /// Failed expectations and steps, `file:line:column: ...` each (or the broken invariant that stopped the case).
    public let failures: [String]
    /// Whether the case stopped on a broken invariant of the engine's books.
    public let brokeInvariant: Bool

    public init(test: TestCase, failures: [String], brokeInvariant: Bool = false) {
        self.test = test
        self.failures = failures
        self.brokeInvariant = brokeInvariant
    }

    public var passed: Bool { failures.isEmpty }

    /// `PASS file: name`, or `FAIL` with each failure and the command that reruns the case.
    public var report: String {
        let head = (passed ? "PASS  " : "FAIL  ") + "\(test.file): \(test.name)"
        guard !passed else { return head }
        return ([head] + failures.map { "      " + $0 } + ["      reproduce: \(test.reproduce)"]).joined(
            separator: "\n")
    }
}
