import Foundation
import PlateReports

/// A finished comparison's paired differences for one variant, as its report holds them
/// (`data/table-compare-paired-K.csv`): read back by the summary sentences and the API's summary, so a study from
/// the store reads as one that ran.
struct PairedCSV {
    /// The column names, in file order (`figure`, `baseline_mean`, …, `verdict`).
    let header: [String]
    let rows: [[String]]

    /// Variant `index`'s (1-based) table; nil when the report has none (a study of one replication).
    init?(reportFolder: String, variant index: Int) {
        let file = reportFolder + "/data/" + CompareReport.pairedTableName(index) + ".csv"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return nil }
        self.header = header
        rows = lines.dropFirst().filter { $0.count == header.count }
    }

    /// The row of `figure`, by column name.
    func row(_ figure: String) -> [String: String]? {
        rows.first { $0.first == figure }.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
