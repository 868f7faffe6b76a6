extension SerialFormat {
    /// Members of shape `shapeIndex`: all rules applied, withheld excluded, serials of earlier shapes excluded.
    ///
    /// Counts beyond `Int.max` (shapes of 13+ characters) are clamped; plates are far shorter.
    public func count(shapeIndex: Int) -> Int { engine.counters[shapeIndex].count }

    /// Members of all shapes together.
    public var totalCount: Int { engine.counters.reduce(0) { SerialCounter.add($0, $1.count) } }

    /// Whether shape `shapeIndex` admits at least one serial with this format's sets and rules.
    public func admitsAnySerial(shapeIndex: Int) -> Bool { count(shapeIndex: shapeIndex) > 0 }

    /// The members of shape `shapeIndex` in rank order: lexicographic by each position's alphabet order.
    public func serials(shapeIndex: Int) -> some Sequence<String> {
        SerialSequence(counter: engine.counters[shapeIndex])
    }

    /// The member of shape `shapeIndex` with `rank` (0-based), or nil when out of range.
    public func serial(at rank: Int, shapeIndex: Int) -> String? {
        engine.counters[shapeIndex].serial(at: rank).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The shape and 0-based rank of `serial`, or nil when it is not a member.
    ///
    /// Reads the serial's bytes in place (a span, bounds-checked): a self-compose confirm ranks every entered number,
    /// some ten million in a large run, and copying each into an array cost an allocation per number.
    public func rank(of serial: String) -> (shapeIndex: Int, rank: Int)? {
        let bytes = serial.utf8.span
        guard let shape = engine.rankingShape(bytes), let rank = engine.counters[shape].rank(bytes) else { return nil }
        return (shape, rank)
    }

    /// Whether shapes `a` and `b` can match a common serial (rules aside); the later one then loses it.
    public func overlaps(_ a: Int, _ b: Int) -> Bool {
        SerialEngine.overlaps(engine.alphabets[a], engine.alphabets[b])
    }
}
