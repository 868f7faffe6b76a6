import PlateEngine
import PlateMarkup
import PlateRules
import PlateSimulation
import PlateStudies

/// `report.html`: the run for people, with charts — one self-contained page (no scripts, no external
/// files) that opens offline, prints on A4, and parses as XML. Same input, same bytes.
public enum HTMLReport {
    /// The whole page of one run.
    public static func render(_ result: RunResult, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        render(ReplicatedRun(single: result), provenance, zone: zone)
    }

    /// The whole page; over several replications, their statistics first and then replication 1 in detail.
    public static func render(_ run: ReplicatedRun, _ provenance: RunProvenance, zone: UTCOffset) -> String {
        let result = run.first
        let name = HTMLEscaping.escape(result.scenario.name)
        var out = "<!DOCTYPE html>\n"
        out +=
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"PlateLab \(HTMLEscaping.escape(provenance.version))\"/>\n"
        out += "<title>\(name) – PlateLab report</title>\n<style>\n\(stylesheet)</style>\n</head>\n<body>\n"
        out += header(run, provenance, zone: zone)
        out += contents(result, replicated: run.count > 1)
        out += "<main>\n"
        out += expectationsSection(run)
        if run.count > 1 { out += replicationsSection(run, provenance, zone: zone) }
        out += funnelSection(result)
        out += rejectionsSection(result)
        out += quotaSection(result)
        out += selfComposeSection(result)
        out += waitsSection(result)
        out += blacklistSection(result, zone: zone)
        out += poolsSection(result, zone: zone)
        out += daysSection(result, zone: zone)
        if !result.steps.isEmpty { out += scriptedSection(result, zone: zone) }
        out += "</main>\n"
        out +=
            "<footer><p>Written by PlateLab \(HTMLEscaping.escape(provenance.version)) from the run above; "
            + "the figures behind every chart and table are in the <code>data/chart-*.csv</code> and <code>data/table-*.csv</code> files beside this page.</p></footer>\n"
        return out + "</body>\n</html>\n"
    }

    /// The sections in page order: anchor and heading.
    static func sections(_ result: RunResult, replicated: Bool = false) -> [(id: String, title: String)] {
        [("expectations", "Expectations")] + (replicated ? [("replications", "Replications")] : []) + [
            ("funnel", "Outcome funnel and cohorts"), ("rejections", "Rejections by reason"),
            ("quota-use", "Quota use"), ("self-compose", "Self-compose (自编)"), ("waits", "Time to reservation"),
            ("blacklist", "Blacklist"), ("pools", "Pools (号池)"),
            ("days", "Day by day"),
        ] + (result.steps.isEmpty ? [] : [("scripted", "Scripted users")])
    }

    static func contents(_ result: RunResult, replicated: Bool) -> String {
        "<nav aria-label=\"Contents\"><h2>Contents</h2><ol>"
            + sections(result, replicated: replicated).map {
                "<li><a href=\"#\($0.id)\">\(HTMLEscaping.escape($0.title))</a></li>"
            }.joined()
            + "</ol></nav>\n"
    }

    /// `<section>` with the heading `sections` gives it.
    static func section(_ id: String, _ result: RunResult, _ body: String) -> String {
        let title = sections(result, replicated: true).first { $0.id == id }?.title ?? id
        return "<section id=\"\(id)\">\n<h2>\(HTMLEscaping.escape(title))</h2>\n\(body)</section>\n"
    }

    /// A chart with its caption, kept on one page when printed.
    static func figure(_ svg: String, caption: String) -> String {
        "<figure class=\"chart\">\n\(svg)\n<figcaption>\(HTMLEscaping.escape(caption))</figcaption>\n</figure>\n"
    }

    static func paragraph(_ text: String) -> String { "<p>\(HTMLEscaping.escape(text))</p>\n" }

    /// A table that scrolls sideways on narrow screens instead of overflowing the page.
    static func table(_ table: ReportTable) -> String { "<div class=\"table-wrap\">\n\(table.html)</div>\n" }
}
