import Foundation
import PlateRules

/// A short plain-language summary of a finished comparison, Chinese and English, written from the clear paired
/// differences only (the report's `data/table-compare-paired-K.csv`, so a study from the store reads the same).
enum StudySummary {
    /// The counts a summary speaks of, in the order it says them.
    static let headline: [RunCount] = [
        .reserved, .reservedSelfCompose, .reservedRandom, .movedToRandom, .confirmsAllTaken, .registered, .lapsed,
        .blacklisted, .sentToOffice,
    ]

    /// One sentence per clear difference of a headline count, variant by variant; empty when none is clear (or the
    /// study ran once, with no intervals).
    static func sentences(reportFolder: String, variants: [String]) -> [(zh: String, en: String)] {
        var said: [(String, String)] = []
        for (index, name) in variants.enumerated() {
            guard let table = PairedCSV(reportFolder: reportFolder, variant: index + 1) else { continue }
            for count in headline {
                guard let row = table.row(count.name), let verdict = row["verdict"], verdict != "no clear difference",
                    let difference = row["difference_mean"].flatMap(Double.init),
                    let interval = row["difference_interval"]
                else { continue }
                let amount = String(format: "%.1f", abs(difference))
                let (zhInterval, more) = (interval.replacingOccurrences(of: " to ", with: " 至 "), difference > 0)
                said.append(
                    (
                        "方案「\(name)」的\(count.chineseLabel)比基线\(more ? "多" : "少") \(amount)（95% 区间 \(zhInterval)），差异明显。",
                        "Under \(name), \(count.label): \(amount) \(more ? "more" : "fewer") than the baseline "
                            + "(95 % interval \(interval)), a clear difference."
                    ))
            }
        }
        return said
    }
}
