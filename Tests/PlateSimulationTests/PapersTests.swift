import PlateRules
import Testing

@testable import PlateSimulation

/// The simulated applicants' papers, made in parts on every core.
@Suite("Simulated applicants' papers")
struct PapersTests {
    @Test("made in parallel, they are each applicant's own, in number order, whatever the split")
    func parallelMatchesSerial() throws {
        // Above the size at which the work is split across cores.
        let count = 25_003
        let papers = SimulationWorld.papers(count: count)
        #expect(papers.vins == (0..<count).map(SimulationWorld.vin))
        #expect(papers.certificates == (0..<count).map(SimulationWorld.certificate))
        #expect(Set(papers.vins).count == count)
        #expect(try papers.vins.allSatisfy { try VIN(validating: $0).text == $0 })
    }
}
