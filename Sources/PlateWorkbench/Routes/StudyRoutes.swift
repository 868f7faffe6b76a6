import Foundation
import Hummingbird
import PlateRules
import PlateServer

/// The studies: the list, the new-study form, a study's page, its progress, its actions and its files.
enum StudyRoutes {
    static func add(to router: Router<PracticeRequestContext>, _ workbench: Workbench) {
        router.get("/") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return signIn() }
            let path = String((request.uri.queryParameters.get("path") ?? "").prefix(200))
            let number = request.uri.queryParameters.get("page").flatMap { Int($0.prefix(6)) }.map { max($0, 1) } ?? 1
            let studies = try workbench.studies.list(
                changing: path, limit: StudyListPage.pageSize, offset: (number - 1) * StudyListPage.pageSize)
            let page = StudyListPage(
                layout: layout(session, "研究 Studies"), studies: studies, search: path,
                total: try workbench.studies.count(changing: path), page: number)
            return WorkbenchRoutes.html(WorkbenchPages.render(.studyList, page))
        }
        router.get("/studies/new") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return signIn() }
            let query = request.uri.queryParameters
            var form: StudyForm
            if let from = query.get("from"), let study = try workbench.studies.find(from) {
                form = StudyForm.copy(of: study)
            } else {
                let scenario = query.get("scenario").flatMap { workbench.scenarios.contains($0) ? $0 : nil }
                let count = query.get("variants").flatMap { Int($0.prefix(2)) } ?? 1
                form = StudyForm.blank(
                    scenario: scenario ?? preferredScenario(workbench), variants: count)
            }
            return newStudyPage(workbench, session, form, problems: [], findings: [], status: .ok)
        }
        router.post("/studies") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return refusedSignedOut() }
            guard let fields = await WorkbenchRoutes.form(request) else { return badForm(session) }
            guard WorkbenchRoutes.tokenMatches(fields, session) else { return expired(session) }
            let form = StudyForm.read(fields)
            switch try await StudySubmission.submit(form, by: session.user, to: workbench) {
            case .queued(let study): return WorkbenchRoutes.redirect("/studies/\(study.id)")
            case .refused(let problems, let findings):
                return newStudyPage(
                    workbench, session, form, problems: problems, findings: findings, status: .badRequest)
            case .busy: return busy(session)
            }
        }
        router.post("/uploads") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return refusedSignedOut() }
            guard let fields = await WorkbenchRoutes.form(request) else { return badForm(session) }
            guard WorkbenchRoutes.tokenMatches(fields, session) else { return expired(session) }
            let (name, text) = ((fields["name"] ?? "").trimmingCharacters(in: .whitespaces), fields["text"] ?? "")
            let (rulesName, rulesText) = (
                (fields["rules_name"] ?? "").trimmingCharacters(in: .whitespaces), fields["rules_text"] ?? ""
            )
            let rules = rulesName.isEmpty && rulesText.isEmpty ? nil : (name: rulesName, text: rulesText)
            switch ScenarioUploads.add(name: name, text: text, rules: rules, workbench: workbench) {
            case .success(let path):
                let query = path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path
                return WorkbenchRoutes.redirect("/studies/new?scenario=" + query)
            case .failure(let refusal):
                var page = NewStudyPages.model(
                    layout: layout(session, "新建研究 New study"), workbench: workbench,
                    form: StudyForm.blank(scenario: preferredScenario(workbench), variants: 1), problems: [],
                    findings: [])
                page.uploadName = name
                page.uploadText = text
                page.uploadRulesName = rulesName
                page.uploadRulesText = rulesText
                page.uploadProblems = refusal.messages
                page.hasUploadProblems = true
                return WorkbenchRoutes.html(WorkbenchPages.render(.newStudy, page), status: .badRequest)
            }
        }
        router.get("/studies/:id") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return signIn() }
            guard let study = try find(context, workbench) else { return notFound(session) }
            let progress = await workbench.queue.progress(study.id)
            return WorkbenchRoutes.html(
                WorkbenchPages.render(.studyPage, studyPage(workbench, session, study, progress: progress)))
        }
        router.get("/studies/:id/progress") { request, context in
            guard WorkbenchRoutes.session(request, workbench) != nil else { return refusedSignedOut() }
            guard let study = try find(context, workbench) else { return notFoundJSON() }
            let progress = await workbench.queue.progress(study.id)
            let done = progress?.done ?? study.done
            let total = progress?.total ?? study.total
            let left = progress?.secondsLeft.map(String.init) ?? "null"
            let json = """
                {"status":"\(study.status.rawValue)","done":\(done),"total":\(total),"seconds_left":\(left)}
                """
            return WorkbenchRoutes.file(Data(json.utf8), type: "application/json")
        }
        for action in ["cancel", "resume", "note"] {
            router.post("/studies/:id/\(action)") { request, context in
                guard let session = WorkbenchRoutes.session(request, workbench) else { return refusedSignedOut() }
                guard let study = try find(context, workbench) else { return notFound(session) }
                guard let fields = await WorkbenchRoutes.form(request) else { return badForm(session) }
                guard WorkbenchRoutes.tokenMatches(fields, session) else { return expired(session) }
                guard study.authorId == session.user.id else {
                    return WorkbenchRoutes.message(
                        "只有作者可以更改这项研究；可以复制为新研究。", "Only its author can change this study; copy it as a new one.",
                        status: .forbidden, session: session)
                }
                switch action {
                case "cancel": _ = try await workbench.queue.cancel(study.id)
                case "resume": _ = try await workbench.queue.resume(study.id)
                default: try workbench.studies.setNote(study.id, String((fields["note"] ?? "").prefix(4000)))
                }
                return WorkbenchRoutes.redirect("/studies/\(study.id)")
            }
        }
        SweepRoutes.add(to: router, workbench)
        StudyFileRoutes.add(to: router, workbench)
    }

    static func find(_ context: PracticeRequestContext, _ workbench: Workbench) throws -> StudyRecord? {
        guard let id = context.parameters.get("id"), id.count <= 32 else { return nil }
        return try workbench.studies.find(id)
    }

    static func layout(_ session: Accounts.Session, _ title: String) -> WorkbenchLayout {
        WorkbenchLayout(title: title, user: session.user.name, csrf: session.csrf)
    }

    /// The year-end rush when bundled (the study the README walks through), else the first scenario.
    static func preferredScenario(_ workbench: Workbench) -> String {
        workbench.scenarios.first { $0.hasSuffix("chengde-year-end-rush.yaml") } ?? workbench.scenarios.first ?? ""
    }

    static func newStudyPage(
        _ workbench: Workbench, _ session: Accounts.Session, _ form: StudyForm, problems: [StudyForm.Problem],
        findings: [(variant: String?, diagnostic: Diagnostic)], status: HTTPResponse.Status
    ) -> Response {
        let page = NewStudyPages.model(
            layout: layout(session, "新建研究 New study"), workbench: workbench, form: form, problems: problems,
            findings: findings)
        return WorkbenchRoutes.html(WorkbenchPages.render(.newStudy, page), status: status)
    }

    static func studyPage(
        _ workbench: Workbench, _ session: Accounts.Session, _ study: StudyRecord,
        progress: (done: Int, total: Int, secondsLeft: Int?)?
    ) -> StudyPage {
        let finished = study.status == .done
        let done = progress?.done ?? study.done
        let total = max(progress?.total ?? study.total, 1)
        let summary =
            finished && study.kind == .compare
            ? StudySummary.sentences(
                reportFolder: workbench.folders.report(study.id), variants: study.variants.map(\.name)) : []
        return StudyPage(
            layout: layout(session, "研究 Study \(study.id)"), id: study.id, author: study.author,
            date: WallTime.date(study.createdAt), scenario: study.scenario, replications: study.replications,
            seed: study.seed.map(String.init), statusZh: study.status.words.zh, statusEn: study.status.words.en,
            statusClass: study.status.rawValue, message: study.message,
            variants: study.variants.map { variant in
                StudyPage.Variant(
                    name: variant.name, file: variant.fileName,
                    link: "/studies/\(study.id)/changes/\(variant.fileName)",
                    changes: variant.values.map { "\($0.path) = \($0.value)" })
            }, isAuthor: study.authorId == session.user.id,
            canCancel: study.authorId == session.user.id && !study.status.isSettled,
            canResume: study.authorId == session.user.id && [.interrupted, .cancelled, .failed].contains(study.status),
            running: !study.status.isSettled, done: done, total: total, percent: done * 100 / total,
            finished: finished, fromStore: study.fromStore, passed: study.exitStatus == 0, console: study.console,
            command: study.command, note: study.note, copiedFrom: study.copiedFrom,
            summary: summary.map { StudyPage.Sentence(zh: $0.zh, en: $0.en) }, hasSummary: !summary.isEmpty,
            replicated: study.replications > 1,
            hasMessage: !study.message.isEmpty, isSweep: study.kind == .sweep,
            copyLink: (study.kind == .sweep ? "/sweeps/new?from=" : "/studies/new?from=") + study.id,
            isCompare: study.kind == .compare,
            grid: study.grid.map(\.argument))
    }

    /// The refusal of a study past the user's pending limit.
    static func busy(_ session: Accounts.Session) -> Response {
        WorkbenchRoutes.message(
            "您已有 \(StudySubmission.maxPending) 项研究在排队或运行，请等它们完成。",
            "You have \(StudySubmission.maxPending) studies queued or running; wait for them to finish.",
            status: .tooManyRequests, session: session)
    }

    static func signIn() -> Response { WorkbenchRoutes.redirect("/sign-in") }

    static func refusedSignedOut() -> Response {
        WorkbenchRoutes.message("请先登录。", "Sign in first.", status: .unauthorized)
    }

    static func notFound(_ session: Accounts.Session) -> Response {
        WorkbenchRoutes.message("没有这项研究。", "There is no such study.", status: .notFound, session: session)
    }

    static func notFoundJSON() -> Response {
        var response = WorkbenchRoutes.file(Data(#"{"error":"no such study"}"#.utf8), type: "application/json")
        response.status = .notFound
        return response
    }

    static func badForm(_ session: Accounts.Session) -> Response {
        WorkbenchRoutes.message(
            "表单内容过长或格式不正确。", "The form is too long or not well formed.", status: .badRequest, session: session)
    }

    static func expired(_ session: Accounts.Session) -> Response {
        WorkbenchRoutes.message(
            "页面已过期，请重新打开再提交。", "The page had expired; open it again and resend.", status: .forbidden, session: session)
    }
}
