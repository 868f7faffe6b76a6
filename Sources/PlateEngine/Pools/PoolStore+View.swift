extension PoolStore {
    /// The published pool as an office shows it (号池公示), as of the latest instant the pool was given.
    func view() -> PoolView {
        let segments = slotSegment.indices.sorted { slotSegment[$0] < slotSegment[$1] }.map { slot in
            PoolView.Segment(
                index: slotSegment[slot], first: slotFirst[slot], last: slotLast[slot],
                publishedAt: slotPublishedAt[slot], opensToSelfComposeAt: slotOpensAt[slot],
                isOpenToSelfCompose: slotIsOpen[slot], available: Int(slotAvailable[slot]))
        }
        let shapes = format.shapes.indices.map { shape in
            PoolView.Shape(
                pattern: format.shapes[shape].pattern, selfCompose: availableSelfComposeByShape[shape],
                random: availableRandomByShape[shape])
        }
        return PoolView(segments: segments, shapes: shapes, counts: counts)
    }
}
