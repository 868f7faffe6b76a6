import PlateEngine
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
                Text("号池公示", "Published pool"), .noticePage,
                NoticePage(messages: w.outcome(.rejected(.vehicleKindNotOffered(vehicle, office: office ?? "")))))
        }
        let view = pool.view()
        return w.page(
            Text("号池公示", "Published pool"), .pool,
            Model(
                office: office.name, vehicle: w.name(vehicle), published: view.counts.published,
                availableSelfCompose: view.counts.availableSelfCompose, availableRandom: view.counts.availableRandom,
                shapes: view.shapes.map {
                    Model.Shape(pattern: $0.pattern, selfCompose: $0.selfCompose, random: $0.random)
                },
                segments: view.segments.prefix(maxSegmentRows).map { segment in
                    Model.Segment(
                        number: segment.index + 1, first: segment.first, last: segment.last,
                        publishedAt: w.time(segment.publishedAt), open: segment.isOpenToSelfCompose,
                        opensAt: w.time(segment.opensToSelfComposeAt), available: segment.available)
                }, back: w.base))
    }

    struct Model {
        struct Shape {
            let pattern: String
            let selfCompose: Int
            let random: Int
        }

        struct Segment {
            let number: Int
            let first: String
            let last: String
            let publishedAt: String
            /// Open to self-compose now; random only until `opensAt` otherwise.
            let open: Bool
            let opensAt: String
            let available: Int
        }

        let office: String
        let vehicle: String
        let published: Int
        let availableSelfCompose: Int
        let availableRandom: Int
        let shapes: [Shape]
        let segments: [Segment]
        let back: String

        static let template = #"""
            {{<layout}}{{$body}}
            <p>{{office}} · {{vehicle}}</p>
            <p>{{#zh}}已公示号码{{/zh}}{{#en}}Published{{/en}} <strong>{{published}}</strong> · {{#zh}}可自编{{/zh}}{{#en}}open to self-compose{{/en}} <strong>{{availableSelfCompose}}</strong>
            · {{#zh}}可随机{{/zh}}{{#en}}available to random{{/en}} <strong class="available-random">{{availableRandom}}</strong></p>
            <h2>{{#zh}}号码类型{{/zh}}{{#en}}Shapes{{/en}}</h2><table><tr><th>{{#zh}}类型{{/zh}}{{#en}}Shape{{/en}}</th><th>{{#zh}}可自编{{/zh}}{{#en}}Self-compose{{/en}}</th><th>{{#zh}}可随机{{/zh}}{{#en}}Random{{/en}}</th></tr>{{#shapes}}<tr><td><code>{{pattern}}</code></td><td>{{selfCompose}}</td><td>{{random}}</td></tr>{{/shapes}}</table>
            <h2>{{#zh}}号段{{/zh}}{{#en}}Segments{{/en}}</h2><table><tr><th>#</th><th>{{#zh}}号段{{/zh}}{{#en}}Range{{/en}}</th><th>{{#zh}}公示时间{{/zh}}{{#en}}Published{{/en}}</th><th>{{#zh}}自编{{/zh}}{{#en}}Self-compose{{/en}}</th><th>{{#zh}}可用{{/zh}}{{#en}}Available{{/en}}</th></tr>{{#segments}}<tr><td>{{number}}</td><td><code>{{first}}–{{last}}</code></td><td>{{publishedAt}}</td><td>{{#open}}{{#zh}}可自编{{/zh}}{{#en}}open{{/en}}{{/open}}{{^open}}{{#zh}}仅随机，{{/zh}}{{#en}}random only until {{/en}}{{opensAt}}{{/open}}</td><td>{{available}}</td></tr>{{/segments}}</table>
            <p><a href="{{back}}">{{#zh}}返回{{/zh}}{{#en}}Back{{/en}}</a></p>
            {{/body}}{{/layout}}
            """#
    }
}
