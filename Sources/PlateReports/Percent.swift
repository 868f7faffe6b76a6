/// A share as a percentage with one decimal, or a dash when there is nothing to share.
func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "–" }
    let tenths = Int((Double(part) * 1000 / Double(whole)).rounded())
    return "\(tenths / 10).\(tenths % 10) %"
}
