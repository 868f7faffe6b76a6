import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

@testable import PlateWorkbench

@Suite("Workbench studies")
struct StudyFlowTests {
    /// The form of a study of the smoke scenario with one variant.
    static func studyForm(_ csrf: String, _ value: String = "1", replications: String = "2") -> [(String, String)] {
        [
            ("csrf", csrf), ("scenario", WorkbenchFixture.smoke), ("replications", replications), ("seed", ""),
            ("v1.name", "per-confirm-1"), ("v1:self_compose.per_confirm", value), ("v2.name", "variant-2"),
        ]
    }

    @Test("a study from the form runs in the background; its page shows the verdicts, the command and the files")
    func studyRuns() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            let form = try await browser.get("/studies/new?scenario=" + WorkbenchFixture.smoke)
            #expect(
                form.body.contains("self_compose.per_confirm") && form.body.contains("a whole number from 1 to 100"))
            // Beside a value: the note the rule set writes on its line, and the dated change that sets it later.
            #expect(form.body.contains(#"<td class="now">20<div class="note">[var] one source says 50</div>"#))
            #expect(form.body.contains(#"<div class="dated">from 2027-03-01: 10"#))
            let sent = try await browser.post("/studies", Self.studyForm(csrf))
            #expect(sent.status == .seeOther, "\(sent.body)")
            let link = try #require(sent.location)
            await workbench.queue.idle()
            let page = try await browser.get(link)
            #expect(page.body.contains("已完成") && page.body.contains("done"))
            #expect(
                page.body.contains(
                    "platelab compare \(WorkbenchFixture.smoke) --changes per-confirm-1.yaml --replications 2"))
            #expect(page.body.contains("paired:"), "the console's paired line")
            let progress = try await browser.get(link + "/progress")
            #expect(progress.body.contains(#""status":"done","done":4,"total":4"#), "\(progress.body)")
            let change = try await browser.get(link + "/changes/per-confirm-1.yaml")
            #expect(change.body.contains("self_compose.per_confirm: 1") && change.body.contains("platelab/changes/v1"))
            let markdown = try await browser.get(link + "/report/compare.md")
            #expect(markdown.status == .ok && markdown.body.contains("per-confirm-1"))
            #expect(try await browser.get(link + "/report/../workbench.sqlite").status == .notFound)
            let zip = try await browser.get(link + "/report.zip")
            #expect(zip.status == .ok && zip.body.hasPrefix("PK"), "a ZIP archive")
            let list = try await browser.get("/?path=self_compose.per_confirm")
            #expect(list.body.contains(link))
            let none = try await browser.get("/?path=self_compose.total")
            #expect(!none.body.contains(link))
        }
    }

    @Test("the same study a second time comes from the store: the engine is not run")
    func secondFromStore() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        _ = try workbench.accounts.add(name: "bob", password: "battery staple", at: 2)
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var alice = Browser(client)
            let first = try await alice.post(
                "/studies", Self.studyForm(try await alice.signIn("alice", "correct horse")))
            await workbench.queue.idle()
            let one = try #require(try workbench.studies.find(String(first.location!.dropFirst("/studies/".count))))
            #expect(one.status == .done && !one.fromStore)
            // Marked in the store: a copy from the store carries the mark, a run would not.
            let stored = workbench.folders.store + "/results/" + one.studyKey! + "/compare.md"
            try (try String(contentsOfFile: stored, encoding: .utf8) + "<!-- kept -->").write(
                toFile: stored, atomically: true, encoding: .utf8)
            var bob = Browser(client)
            let second = try await bob.post("/studies", Self.studyForm(try await bob.signIn("bob", "battery staple")))
            await workbench.queue.idle()
            let page = try await bob.get(second.location!)
            #expect(page.body.contains("来自结果库"))
            let markdown = try await bob.get(second.location! + "/report/compare.md")
            #expect(markdown.body.hasSuffix("<!-- kept -->"))
        }
    }

    @Test("a value out of range is refused beside its field in check's words; nothing is queued")
    func inlineErrors() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            let refused = try await browser.post("/studies", Self.studyForm(csrf, "0"))
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains(#"name="v1:self_compose.per_confirm" value="0" size="12" class="invalid""#))
            #expect(
                refused.body.contains(
                    "per-confirm-1.yaml:5:29: error: self_compose.per_confirm: expected a whole number from 1 to 100, found 0"
                ), "\(refused.body)")
            let badForm = try await browser.post("/studies", Self.studyForm(csrf, replications: "0"))
            #expect(badForm.status == .badRequest && badForm.body.contains("expected a whole number from 1 to 200"))
            let forged = try await browser.post("/studies", Self.studyForm("forged"))
            #expect(forged.status == .forbidden)
            #expect(try workbench.studies.count() == 0)
        }
    }

    @Test("a colleague reads a study but may not change it; copying it fills the form with its values")
    func readOnlyForOthers() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        _ = try workbench.accounts.add(name: "bob", password: "battery staple", at: 2)
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var alice = Browser(client)
            let link = try await alice.post(
                "/studies", Self.studyForm(try await alice.signIn("alice", "correct horse"))
            )
            .location!
            await workbench.queue.idle()
            var bob = Browser(client)
            let csrf = try await bob.signIn("bob", "battery staple")
            let page = try await bob.get(link)
            #expect(page.status == .ok && !page.body.contains("/note\"") && page.body.contains("复制为新研究"))
            let note = try await bob.post(link + "/note", [("csrf", csrf), ("note", "mine now")])
            #expect(note.status == .forbidden)
            let id = String(link.dropFirst("/studies/".count))
            let copy = try await bob.get("/studies/new?from=" + id)
            #expect(copy.body.contains(#"name="v1:self_compose.per_confirm" value="1""#))
            #expect(copy.body.contains(#"name="copied_from" value="\#(id)""#))
        }
    }

    @Test("a study running when the workbench stopped is interrupted on the next start, and resumes to the end")
    func interruptedAndResumed() async throws {
        let data = WorkbenchFixture.folder()
        let before = try WorkbenchFixture.workbench(data: data)
        let alice = try before.accounts.add(name: "alice", password: "correct horse", at: 1)
        let study = try before.studies.add(
            author: alice.id, scenario: WorkbenchFixture.smoke,
            variants: [
                StudyVariant(name: "per-confirm-1", values: [.init(path: "self_compose.per_confirm", value: "1")])
            ],
            replications: 2, seed: nil, copiedFrom: nil, at: 5)
        try before.studies.update(study.id, status: .running, done: 1, total: 4)
        let after = try WorkbenchFixture.workbench(data: data)
        try await after.start()
        #expect(try after.studies.find(study.id)?.status == .interrupted)
        try await WorkbenchFixture.app(after).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            let page = try await browser.get("/studies/\(study.id)")
            #expect(page.body.contains("已中断") && page.body.contains("/resume"))
            let resumed = try await browser.post("/studies/\(study.id)/resume", [("csrf", csrf)])
            #expect(resumed.status == .seeOther)
            await after.queue.idle()
            #expect(try after.studies.find(study.id)?.status == .done)
            #expect(FileManager.default.fileExists(atPath: after.folders.report(study.id) + "/compare.md"))
        }
    }

    @Test("the queue is fair: a second author's study runs before the first author's later ones")
    func fairQueue() async throws {
        let workbench = try WorkbenchFixture.workbench()
        let alice = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        let bob = try workbench.accounts.add(name: "bob", password: "battery staple", at: 2)
        func add(_ author: Int64, _ value: String) throws -> String {
            try workbench.studies.add(
                author: author, scenario: WorkbenchFixture.smoke,
                variants: [StudyVariant(name: "v", values: [.init(path: "self_compose.per_confirm", value: value)])],
                replications: 1, seed: nil, copiedFrom: nil, at: 3
            ).id
        }
        let queued = [try add(alice.id, "1"), try add(alice.id, "2"), try add(alice.id, "3"), try add(bob.id, "4")]
        try await workbench.start()
        await workbench.queue.idle()
        let finished = try queued.map { try #require(try workbench.studies.find($0)) }
        #expect(finished.allSatisfy { $0.status == .done })
        let order = finished.sorted { $0.finishedAt! < $1.finishedAt! }.map(\.id)
        #expect(order == [queued[0], queued[3], queued[1], queued[2]])
    }
}

@Suite("Workbench sweeps")
struct SweepFlowTests {
    @Test("a sweep from the form runs; a wider one reads the runs it shares from the store; a bad range is refused")
    func sweeps() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            func sweep(_ values: String) async throws -> (status: HTTPResponse.Status, body: String, location: String?)
            {
                try await browser.post(
                    "/sweeps",
                    [
                        ("csrf", csrf), ("scenario", WorkbenchFixture.smoke), ("replications", "2"), ("seed", ""),
                        ("axis1.path", "self_compose.per_confirm"), ("axis1.values", values), ("axis2.path", ""),
                        ("axis2.values", ""),
                    ])
            }
            let first = try await sweep("1,3")
            #expect(first.status == .seeOther, "\(first.body)")
            await workbench.queue.idle()
            let page = try await browser.get(first.location!)
            #expect(page.body.contains("已完成") && page.body.contains("0 of 4 runs from the store, 4 ran"))
            #expect(
                page.body.contains(
                    "platelab sweep \(WorkbenchFixture.smoke) --vary self_compose.per_confirm=1,3 --replications 2"))
            let csv = try await browser.get(first.location! + "/report/sweep.csv")
            #expect(csv.status == .ok && csv.body.hasPrefix("point,self_compose.per_confirm,replications,"))
            let wider = try await sweep("1..3")
            await workbench.queue.idle()
            let widerPage = try await browser.get(wider.location!)
            #expect(widerPage.body.contains("4 of 6 runs from the store, 2 ran"), "\(widerPage.body)")
            let bad = try await sweep("5..1")
            #expect(bad.status == .badRequest && bad.body.contains("a range is FROM..TO"))
        }
    }
}

@Suite("Workbench uploads")
struct UploadTests {
    @Test(
        "an uploaded scenario is checked as check checks it: refused with its findings and nothing kept, or kept and run"
    )
    func uploads() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await workbench.start()
        let smoke = try String(contentsOfFile: WorkbenchFixture.smoke, encoding: .utf8)
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            func upload(_ name: String, _ text: String) async throws -> (
                status: HTTPResponse.Status, body: String, location: String?
            ) {
                try await browser.post("/uploads", [("csrf", csrf), ("name", name), ("text", text)])
            }
            let misspelt = try await upload(
                "my-smoke.yaml", smoke.replacingOccurrences(of: "population:", with: "populaton:"))
            #expect(misspelt.status == .badRequest)
            #expect(
                misspelt.body.contains("my-smoke.yaml:") && misspelt.body.contains("did you mean &#39;population&#39;"))
            #expect(misspelt.body.contains("populaton:"), "the text comes back, nothing typed is lost")
            let notYAML = try await upload("junk.yaml", "{{{ not yaml")
            #expect(notYAML.status == .badRequest)
            // Aliases that expand a small text into millions of values: the loader's limit, in its words.
            var bomb = "schema: platelab/scenario/v1\na: &a [x, x, x, x, x, x, x, x, x, x]\n"
            for level in 1...7 {
                let previous = level == 1 ? "a" : "l\(level - 1)"
                bomb +=
                    "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
                    + "]\n"
            }
            let expanded = try await upload("bomb.yaml", bomb)
            #expect(expanded.status == .badRequest && expanded.body.contains("document expands to too many values"))
            let escape = try await upload(
                "escape.yaml",
                smoke.replacingOccurrences(
                    of: "rules: regions/hebei-chengde.yaml", with: "rules: /etc/hostname"))
            #expect(escape.status == .badRequest && escape.body.contains("relative paths"))
            #expect(ScenarioUploads.list(workbench.folders).isEmpty, "nothing refused is kept")
            let kept = try await upload("my-smoke.yaml", smoke)
            #expect(kept.status == .seeOther, "\(kept.body)")
            let path = try #require(ScenarioUploads.list(workbench.folders).first)
            #expect(path.hasSuffix("/my-smoke.yaml") && workbench.scenarios.contains(path))
            let study = try await browser.post(
                "/studies",
                [
                    ("csrf", csrf), ("scenario", path), ("replications", "1"), ("v1.name", "per-confirm-1"),
                    ("v1:self_compose.per_confirm", "1"),
                ])
            #expect(study.status == .seeOther, "\(study.body)")
            await workbench.queue.idle()
            #expect(try await browser.get(study.location!).body.contains("已完成"))

            // With a rule set of its own, named by its file name; the rule set is not offered as a scenario.
            let rules = try String(
                contentsOfFile: WorkbenchFixture.scenarios + "/regions/hebei-chengde.yaml", encoding: .utf8
            ).replacingOccurrences(of: "total: 20", with: "total: 30")
            let own = smoke.replacingOccurrences(
                of: "rules: regions/hebei-chengde.yaml", with: "rules: my-rules.yaml")
            func uploadBoth(_ scenario: String) async throws -> (
                status: HTTPResponse.Status, body: String, location: String?
            ) {
                try await browser.post(
                    "/uploads",
                    [
                        ("csrf", csrf), ("name", "own-rules.yaml"), ("text", scenario), ("rules_name", "my-rules.yaml"),
                        ("rules_text", rules),
                    ])
            }
            let unused = try await uploadBoth(smoke)
            #expect(unused.status == .badRequest && unused.body.contains("does not use the rule set uploaded with it"))
            let both = try await uploadBoth(own)
            #expect(both.status == .seeOther, "\(both.body)")
            let listed = ScenarioUploads.list(workbench.folders)
            #expect(listed.count == 2 && listed.contains { $0.hasSuffix("/own-rules.yaml") })
            #expect(!listed.contains { $0.hasSuffix("/my-rules.yaml") })
            let form = try await browser.get(
                "/studies/new?scenario=" + listed.first { $0.hasSuffix("/own-rules.yaml") }!)
            #expect(form.body.contains(#"<td class="now">30"#), "the form shows the uploaded rule set's values")
        }
    }
}

@Suite("Workbench precision")
struct PrecisionFlowTests {
    @Test("a study to a precision adds replications as compare --precision does, and its command says so")
    func precision() async throws {
        let workbench = try WorkbenchFixture.workbench()
        _ = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        try await workbench.start()
        try await WorkbenchFixture.app(workbench).test(.live) { client in
            var browser = Browser(client)
            let csrf = try await browser.signIn("alice", "correct horse")
            var form = StudyFlowTests.studyForm(csrf, replications: "1")
            let bad = try await browser.post("/studies", form + [("precision", "reserved")])
            #expect(bad.status == .badRequest && bad.body.contains("write FIGURE=X%"))
            form.append(("precision", "reserved_self_compose=4"))
            let sent = try await browser.post("/studies", form)
            #expect(sent.status == .seeOther, "\(sent.body)")
            await workbench.queue.idle()
            let page = try await browser.get(sent.location!)
            #expect(
                page.body.contains(
                    "--changes per-confirm-1.yaml --replications 1 --precision reserved_self_compose=4"))
            #expect(page.body.contains("Replications were added until the paired difference of reserved_self_compose"))
        }
    }
}

@Suite("Workbench store bound")
struct StoreBoundTests {
    @Test("a store past its bound removes the least recently used result and the server says so")
    func eviction() async throws {
        let said = Mutex<[String]>([])
        let workbench = try WorkbenchFixture.workbench(storeMaxBytes: 1) { line in said.withLock { $0.append(line) } }
        let alice = try workbench.accounts.add(name: "alice", password: "correct horse", at: 1)
        for value in ["1", "2"] {
            _ = try workbench.studies.add(
                author: alice.id, scenario: WorkbenchFixture.smoke,
                variants: [StudyVariant(name: "v", values: [.init(path: "self_compose.per_confirm", value: value)])],
                replications: 1, seed: nil, copiedFrom: nil, at: 3)
        }
        try await workbench.start()
        await workbench.queue.idle()
        #expect(said.withLock { $0 }.contains { $0.hasPrefix("store: removed 1 least recently used result") })
        #expect(try workbench.store.usage().results == 1)
    }
}
