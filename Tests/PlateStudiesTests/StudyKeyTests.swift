import Foundation
import PlateStudies
import Testing

/// The results store's key: equal for the same study, different when anything that decides its reports differs.
@Suite("Study keys")
struct StudyKeyTests {
    static func study(
        baseline: StudyInput, variant: StudyInput, label: String = "per-confirm-1", seed: UInt64? = nil,
        replications: Int = 2
    ) -> CompareStudy {
        CompareStudy(
            arms: [.init(label: "Baseline", input: baseline), .init(label: label, input: variant)], seed: seed,
            replications: replications, jobs: 1)
    }

    @Test("the same study loaded twice has one key; jobs and invariant checks, which change no figure, do not count")
    func sameStudy() throws {
        let a = Self.study(
            baseline: try StudyFixture.smoke(), variant: try StudyFixture.smoke(changes: ["changes/per-confirm-1.yaml"])
        )
        let b = Self.study(
            baseline: try StudyFixture.smoke(), variant: try StudyFixture.smoke(changes: ["changes/per-confirm-1.yaml"])
        )
        #expect(StudyKey.compare(a) == StudyKey.compare(b))
        #expect(StudyKey.compare(a).count == 64)
        let checked = CompareStudy(arms: a.arms, replications: 2, jobs: 4, checkInvariants: true)
        #expect(StudyKey.compare(checked) == StudyKey.compare(a))
    }

    @Test("a seed, a replication count, a label, a change or a scenario's bytes make another study")
    func otherStudies() throws {
        let baseline = try StudyFixture.smoke()
        let variant = try StudyFixture.smoke(changes: ["changes/per-confirm-1.yaml"])
        let key = StudyKey.compare(Self.study(baseline: baseline, variant: variant))
        let others = [
            Self.study(baseline: baseline, variant: variant, seed: 9),
            Self.study(baseline: baseline, variant: variant, replications: 3),
            Self.study(baseline: baseline, variant: variant, label: "other"),
            Self.study(baseline: baseline, variant: try StudyFixture.smoke(changes: ["changes/quota-10.yaml"])),
        ]
        for other in others { #expect(StudyKey.compare(other) != key) }
        // The same scenario with a comment added: the reports would be the same, but the key is of the bytes read.
        let (file, folder) = try StudyFixture.smokeFile { $0 }
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = { try StudyInput.load(file, changes: [], seed: nil, command: ["run", "smoke.yaml"]).get() }
        let plain = StudyKey.compare(Self.study(baseline: try load(), variant: variant))
        try (try String(contentsOfFile: file, encoding: .utf8) + "# a comment\n").write(
            toFile: file, atomically: true, encoding: .utf8)
        #expect(StudyKey.compare(Self.study(baseline: try load(), variant: variant)) != plain)
    }
}
