import Foundation

/// The studies, newest first: author, date, what changed, status and note; search by a rule path changed.
struct StudyListPage {
    let layout: WorkbenchLayout
    let rows: [Row]
    let search: String
    /// The rule paths a search may name, for the field's suggestions.
    let paths: [String]
    let first: Int
    let last: Int
    let total: Int
    let empty: Bool
    let searching: Bool
    /// Links to the newer and older pages, where there are some.
    let newer: String?
    let older: String?

    /// Studies a page lists.
    static let pageSize = 100

    struct Row {
        let id: String
        let link: String
        let author: String
        let date: String
        let scenario: String
        let changed: String
        let statusZh: String
        let statusEn: String
        let statusClass: String
        let note: String
    }

    init(layout: WorkbenchLayout, studies: [StudyRecord], search: String, total: Int, page: Int = 1) {
        self.layout = layout
        self.search = search
        self.total = total
        first = (page - 1) * Self.pageSize + 1
        last = (page - 1) * Self.pageSize + studies.count
        let query =
            search.isEmpty ? "" : "&path=" + (search.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        newer = page > 1 ? "/?page=\(page - 1)" + query : nil
        older = last < total ? "/?page=\(page + 1)" + query : nil
        empty = studies.isEmpty
        searching = !search.isEmpty
        paths = RuleFields.all.map(\.path)
        rows = studies.map { study in
            Row(
                id: study.id, link: "/studies/\(study.id)", author: study.author,
                date: WallTime.date(study.createdAt), scenario: study.scenario,
                changed: study.kind == .sweep
                    ? "扫描 sweep: " + study.grid.map(\.argument).joined(separator: " × ")
                    : study.variants.map { variant in
                        variant.name + ": " + variant.values.map { "\($0.path) = \($0.value)" }.joined(separator: ", ")
                    }.joined(separator: "; "),
                statusZh: study.status.words.zh, statusEn: study.status.words.en, statusClass: study.status.rawValue,
                note: study.note)
        }
    }

    static let template = """
        {{<layout}}{{$body}}<h1>研究 <span lang="en">Studies</span></h1>
        <p><a class="button" href="/studies/new">新建研究 <span lang="en">New study</span></a>
        <a class="button" href="/sweeps/new">新建扫描 <span lang="en">New sweep</span></a></p>
        <form method="get" action="/" class="search"><label>按改动的规则路径查找 <span lang="en">Find by rule path changed</span>
        <input name="path" value="{{search}}" list="rule-paths" placeholder="self_compose.total"></label>
        <datalist id="rule-paths">{{#paths}}<option value="{{.}}">{{/paths}}</datalist>
        <button type="submit">查找 <span lang="en">Search</span></button>{{#searching}} <a href="/">全部 <span lang="en">All</span></a>{{/searching}}</form>
        {{#empty}}<p class="empty">还没有研究。 <span lang="en">No studies yet.</span></p>{{/empty}}
        {{^empty}}<p class="count">{{first}}–{{last}} / {{total}}</p>
        <table class="studies"><thead><tr><th>作者 <span lang="en">Author</span></th><th>日期 <span lang="en">Date</span></th>
        <th>场景 <span lang="en">Scenario</span></th><th>改动 <span lang="en">Changes</span></th><th>状态 <span lang="en">Status</span></th>
        <th>备注 <span lang="en">Note</span></th></tr></thead><tbody>
        {{#rows}}<tr><td>{{author}}</td><td>{{date}}</td><td><a href="{{link}}">{{scenario}}</a></td><td><a href="{{link}}">{{changed}}</a></td>
        <td class="status {{statusClass}}">{{statusZh}} <span lang="en">{{statusEn}}</span></td><td>{{note}}</td></tr>{{/rows}}
        </tbody></table>
        <p class="pages">{{#newer}}<a href="{{.}}">较新 <span lang="en">Newer</span></a> {{/newer}}{{#older}}<a href="{{.}}">较早 <span lang="en">Older</span></a>{{/older}}</p>{{/empty}}
        {{/body}}{{/layout}}
        """
}

/// Wall-clock instants as the pages show them: in the server's own time zone (a study's date is the office's, not
/// a region's; rule sets carry their regions' offsets, and the workbench serves every region).
enum WallTime {
    static func date(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
