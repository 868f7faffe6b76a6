/// "Did you mean …?" for misspelt keys and words.
public enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let folded = fold(word)
        var best: (String, Int)? = nil
        for candidate in candidates {
            let distance = candidate == word ? 0 : editDistance(folded, fold(candidate))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        if distance <= max(1, min(folded.count, fold(candidate).count) / 3) { return candidate }
        // A spelt-out word for an abbreviation (`wednesday` for `wed`) is a prefix match, not a typo.
        return candidates.first { candidate in
            let c = fold(candidate)
            return c.count >= 2 && folded.count >= 2 && (folded.starts(with: c) || c.starts(with: folded))
        }
    }

    /// Case and separator differences (`selfCompose`, `self-compose`) are not typos.
    private static func fold(_ s: String) -> [Character] {
        Array(s.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// The sentence tail offering a suggestion, or nothing.
    public static func phrase(for word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
