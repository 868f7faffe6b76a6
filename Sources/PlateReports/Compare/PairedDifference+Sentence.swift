import PlateStudies

extension PairedDifference {
    /// `higher: +12.0 ± 3.1`, `no clear difference: −1.0 ± 2.5`.
    public var sentence: String { verdict.rawValue + ": " + Numbers.difference(difference, unit) }
}
