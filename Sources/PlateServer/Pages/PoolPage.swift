import PlateEngine
import PlateMarkup
import PlateRules

/// 号池公示: an office's published pool for a vehicle kind, from `NumberPool.view()`.
enum PoolPage {
    static let maxSegmentRows = 200

    static func render(_ w: Writer, office: String?, vehicle: VehicleKind, at now: Instant) -> String {
        let s = w.session
        let rules = s.rules(at: now)
        guard let office = rules.offices.first(where: { $0.id == office }) ?? rules.offices.first,
            let poolRules = rules.pools.first(where: { office.pools.contains($0.id) && $0.vehicle == vehicle }),
            let pool = s.engine.pool(PoolKey(region: s.region, office: office.id, pool: poolRules.id))
        else {
            return w.page(
                Text("号池公示", "Published pool"),
                w.outcome(.rejected(.vehicleKindNotOffered(vehicle, office: office ?? ""))))
        }
        let view = pool.view()
        let shapes = view.shapes.map {
            "<tr><td><code>\(HTMLEscaping.escape($0.pattern))</code></td><td>\($0.selfCompose)</td><td>\($0.random)</td></tr>"
        }.joined()
        let segments = view.segments.prefix(maxSegmentRows).map { segment in
            "<tr><td>\(segment.index + 1)</td><td><code>\(HTMLEscaping.escape(segment.first))–\(HTMLEscaping.escape(segment.last))</code></td><td>\(w.time(segment.publishedAt))</td>"
                + "<td>\(segment.isOpenToSelfCompose ? w.t("可自编", "open") : w.t("仅随机，", "random only until ") + w.time(segment.opensToSelfComposeAt))</td><td>\(segment.available)</td></tr>"
        }.joined()
        let body = """
            <p>\(HTMLEscaping.escape(office.name)) · \(w.t(Text(vehicle.chineseName, RejectionMessages.english(vehicle))))</p>
            <p>\(w.t("已公示号码", "Published")) <strong>\(view.counts.published)</strong> · \(w.t("可自编", "open to self-compose")) <strong>\(view.counts.availableSelfCompose)</strong>
            · \(w.t("可随机", "available to random")) <strong class="available-random">\(view.counts.availableRandom)</strong></p>
            <h2>\(w.t("号码类型", "Shapes"))</h2><table><tr><th>\(w.t("类型", "Shape"))</th><th>\(w.t("可自编", "Self-compose"))</th><th>\(w.t("可随机", "Random"))</th></tr>\(shapes)</table>
            <h2>\(w.t("号段", "Segments"))</h2><table><tr><th>#</th><th>\(w.t("号段", "Range"))</th><th>\(w.t("公示时间", "Published"))</th><th>\(w.t("自编", "Self-compose"))</th><th>\(w.t("可用", "Available"))</th></tr>\(segments)</table>
            <p><a href="\(w.base)">\(w.t("返回", "Back"))</a></p>
            """
        return w.page(Text("号池公示", "Published pool"), body)
    }
}
