import Foundation
import PlateRules
import PlateSimulation
import PlateStudies

/// Writes a run's reports into a folder: `summary.json`, `report.md`, `report.html` with its chart and table CSVs
/// in `data/` (and `junit.xml` when asked).
public enum ReportFiles {
    /// Creates `directory` (and its parents) when missing.
    public static func prepare(_ directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Writes the reports of one run; returns the paths written, in order.
    @discardableResult
    public static func write(
        _ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset, to directory: String,
        junit: String? = nil
    ) throws -> [String] {
        try write(ReplicatedRun(single: result), provenance, zone: zone, to: directory, junit: junit)
    }

    /// Writes the reports of a run over replications; returns the paths written, in order.
    @discardableResult
    public static func write(
        _ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset, to directory: String,
        junit: String? = nil
    ) throws -> [String] {
        try prepare(directory)
        var written: [String] = []
        func save(_ text: String, _ path: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            written.append(path)
        }
        try save(SummaryJSON.render(run, provenance, zone: zone), FilePaths.join(directory, "summary.json"))
        try save(MarkdownReport.render(run, provenance, zone: zone), FilePaths.join(directory, "report.md"))
        try save(HTMLReport.render(run, provenance, zone: zone), FilePaths.join(directory, "report.html"))
        // Every chart's and table's figures, for spreadsheets and other tools.
        let data = FilePaths.join(directory, "data")
        try prepare(data)
        for file in ChartData.files(run, provenance: provenance, zone: zone) {
            try save(file.csv, FilePaths.join(data, file.name))
        }
        if let junit { try save(JUnitReport.render(run, provenance), junit) }
        return written
    }
}
