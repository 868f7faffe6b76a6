import PlateEngine
import PlateRules

/// Places a trainee in a trainer situation that needs steps already taken (self-compose used up).
enum TrainerSetup {
    /// A well-formed practice VIN and certificate number for set-up steps.
    static let practiceVIN = VIN.withCheckDigit("LFV3A23C0K0000001") ?? "LFV3A23C0K0000001"
    static let practiceCertificate = "PRACTICE0000001"

    /// Goes through phase 1 and the identity check at the first office with a small car, then enters the
    /// taken numbers until the self-compose chances are gone; returns the trainee instant reached.
    static func useUpSelfCompose(_ s: TraineeSession, takenSerials: [PoolKey: [String]], at start: Instant) -> Instant {
        var now = start
        guard case .done = TraineeFlow.enter(s, at: now), let practice = s.practice else { return now }
        let rules = s.rules(at: now)
        guard let office = rules.offices.first else { return now }
        let vehicle = rules.pools.first { office.pools.contains($0.id) }?.vehicle ?? .smallCar
        guard case .success(let choice) = practice.chooseOffice(office.id, vehicle: vehicle, at: now) else {
            return now
        }
        s.officeChoice = choice
        guard case .success = practice.acceptNotice(),
            case .success(let sent) = practice.submitVehicle(
                vin: practiceVIN, credential: Credential(.certificate, practiceCertificate), at: now),
            let code = sent.practiceCode,
            case .success(let notes) = practice.confirmBasicInfo(code: code, at: now),
            case .success(let identity) = practice.startSelection(at: now),
            let identityCode = identity.code.practiceCode
        else { return now }
        s.codeSent = sent
        s.notes = notes
        s.identity = identity
        s.identityCode = identity.code
        now = identity.countdownEnds
        guard case .success = practice.confirmIdentity(code: identityCode, at: now),
            let serials = takenSerials[choice.pool],
            !serials.isEmpty
        else { return now }
        for _ in 0..<100 {
            let screen = practice.screen(at: now)
            guard case .selecting(.selfCompose) = practice.stage, screen.selfComposeRemaining > 0 else { break }
            if let allowed = screen.confirmAllowedAt, allowed > now { now = allowed }
            let entered = Array(serials.prefix(min(screen.perConfirm, screen.selfComposeRemaining)))
            guard case .failure(.allTaken) = practice.confirmSelfCompose(entered, at: now) else { break }
        }
        return now
    }
}
