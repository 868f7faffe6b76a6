import Foundation
import Hummingbird
import PlateServer

/// Sweeps in the browser: the form, and queuing one (its page is the study page).
enum SweepRoutes {
    static func add(to router: Router<PracticeRequestContext>, _ workbench: Workbench) {
        router.get("/sweeps/new") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            let query = request.uri.queryParameters
            var form = SweepForm(
                scenario: StudyRoutes.preferredScenario(workbench), axes: [("self_compose.total", "5,10,20"), ("", "")])
            if let from = query.get("from"), let study = try workbench.studies.find(from), study.kind == .sweep {
                form = SweepForm(
                    scenario: study.scenario, replications: String(study.replications),
                    seed: study.seed.map(String.init) ?? "",
                    axes: (0..<SweepForm.axisCount).map { index in
                        index < study.grid.count
                            ? (study.grid[index].path, study.grid[index].values.joined(separator: ",")) : ("", "")
                    })
            }
            return page(workbench, session, form, problems: [], status: .ok)
        }
        router.post("/sweeps") { request, _ in
            guard let session = WorkbenchRoutes.session(request, workbench) else {
                return StudyRoutes.refusedSignedOut()
            }
            guard let fields = await WorkbenchRoutes.form(request) else { return StudyRoutes.badForm(session) }
            guard WorkbenchRoutes.tokenMatches(fields, session) else { return StudyRoutes.expired(session) }
            let form = SweepForm.read(fields)
            switch form.grid(scenarios: workbench.scenarios) {
            case .failure(let problems):
                return page(workbench, session, form, problems: problems.all, status: .badRequest)
            case .success(let axes):
                guard try StudySubmission.hasRoom(for: session.user, in: workbench) else {
                    return StudyRoutes.busy(session)
                }
                let study = try workbench.studies.add(
                    author: session.user.id, scenario: form.scenario, variants: [],
                    replications: Int(form.replications)!, seed: form.seed.isEmpty ? nil : UInt64(form.seed),
                    copiedFrom: nil, at: workbench.wall(), kind: .sweep, grid: axes)
                await workbench.queue.submitted()
                return WorkbenchRoutes.redirect("/studies/\(study.id)")
            }
        }
    }

    static func page(
        _ workbench: Workbench, _ session: Accounts.Session, _ form: SweepForm, problems: [StudyForm.Problem],
        status: HTTPResponse.Status
    ) -> Response {
        let model = NewSweepPage(
            layout: StudyRoutes.layout(session, "新建扫描 New sweep"), workbench: workbench, form: form, problems: problems)
        return WorkbenchRoutes.html(WorkbenchPages.render(.newSweep, model), status: status)
    }
}
