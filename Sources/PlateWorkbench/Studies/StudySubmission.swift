import PlateRules

/// A study asked for, from the form or the API: checked as the form, loaded as `platelab compare` would, and queued.
enum StudySubmission {
    /// Most studies one user may have queued or running at once.
    static let maxPending = 20

    enum Outcome {
        case queued(StudyRecord)
        /// The form's own problems and the loaders' findings (each with its variant), all at once.
        case refused([StudyForm.Problem], [(variant: String?, diagnostic: Diagnostic)])
        /// The user already has `maxPending` studies waiting or running.
        case busy
    }

    /// Whether `user` may queue another study (a comparison or a sweep).
    static func hasRoom(for user: Accounts.User, in workbench: Workbench) throws -> Bool {
        try workbench.studies.pending(author: user.id) < maxPending
    }

    static func submit(_ form: StudyForm, by user: Accounts.User, to workbench: Workbench) async throws -> Outcome {
        let problems = form.problems(scenarios: workbench.scenarios)
        guard problems.isEmpty else { return .refused(problems, []) }
        let seed = form.seed.isEmpty ? nil : UInt64(form.seed)
        if case .failure(let failed) = StudyInputs.load(scenario: form.scenario, variants: form.variants, seed: seed) {
            return .refused(failed.unreadable.map { StudyForm.Problem(field: "", message: $0) }, failed.findings)
        }
        guard try hasRoom(for: user, in: workbench) else { return .busy }
        // A copy names a study that exists, or nothing.
        let copiedFrom = try form.copiedFrom.flatMap { try workbench.studies.find($0)?.id }
        let study = try workbench.studies.add(
            author: user.id, scenario: form.scenario, variants: form.variants, replications: Int(form.replications)!,
            seed: seed, copiedFrom: copiedFrom, at: workbench.wall(),
            precision: form.precision.isEmpty ? nil : form.precision)
        await workbench.queue.submitted()
        return .queued(study)
    }
}
