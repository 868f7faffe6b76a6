import Foundation
import PlateRules
import PlateStudies

/// A finished sweep's files, the same from `platelab sweep`, `platelab merge` and the workbench.
public enum SweepFiles {
    /// The sweep's files, each written whole (a temporary file renamed into place); a file this sweep does not
    /// produce (`sweep-replications.csv` with one replication) is removed, so no stale one stays beside the new.
    /// The folder itself may hold part files, so it is not replaced.
    public static func write(_ sweep: SweepResult, to folder: String) throws {
        try ReportFiles.prepare(folder)
        func path(_ name: String) -> URL { URL(fileURLWithPath: FilePaths.join(folder, name)) }
        try Data(SweepReport.csv(sweep).utf8).write(to: path("sweep.csv"), options: .atomic)
        try Data(SweepReport.markdown(sweep).utf8).write(to: path("sweep.md"), options: .atomic)
        try Data(SweepHTML.render(sweep).utf8).write(to: path("sweep.html"), options: .atomic)
        if let csv = SweepReport.replicationsCSV(sweep) {
            try Data(csv.utf8).write(to: path("sweep-replications.csv"), options: .atomic)
        } else {
            try? FileManager.default.removeItem(at: path("sweep-replications.csv"))
        }
    }
}
