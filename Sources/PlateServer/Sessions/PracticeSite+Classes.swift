import PlateEngine
import PlateRules

extension PracticeSite {
    /// Creates a class: trainees who join with its code practise in `situation` at `speed`, up to `seats` of them.
    public func createClass(_ situation: Situation, speed: Int, seats: Int, language: Language) -> Result<String, InputProblemText> {
        let maxSpeed = maxSpeed()
        guard (1...maxSpeed).contains(speed) else {
            return .failure(InputProblemText(message: Text("倒计时倍速须为1至\(maxSpeed)。", "The speed factor must be 1 to \(maxSpeed)."), status: 400))
        }
        guard (1...Self.mostSeats).contains(seats) else {
            return .failure(InputProblemText(message: Text("学员人数须为1至\(Self.mostSeats)。", "Seats must be 1 to \(Self.mostSeats)."), status: 400))
        }
        var code = ClassRoom.makeCode()
        while classes[code] != nil { code = ClassRoom.makeCode() }
        classes[code] = ClassRoom(code: code, situation: situation, speed: speed, seats: seats, language: language)
        classOrder.append(code)
        return .success(code)
    }

    /// The most trainees one class seats.
    public static let mostSeats = 200

    /// A trainee joins the class with `code`: a session in the class's situation and speed; why not, when full or ended.
    public func join(code text: String, client: String) -> Result<String, InputProblemText> {
        guard let code = ClassRoom.normalized(text), var room = classes[code], !room.ended else {
            return .failure(InputProblemText(message: Text("没有这个班级代码，或该班级已结束。请核对老师给出的代码。",
                                                           "No class has this code, or it has ended. Check the code your trainer gave."), status: 404))
        }
        guard room.trainees.count < room.seats else {
            return .failure(InputProblemText(message: Text("该班级已满（\(room.seats)人）。", "The class is full (\(room.seats) seats)."), status: 409))
        }
        let started = startTrainee(room.situation, speed: room.speed, language: room.language, client: client)
        guard case .success(let id) = started else { return started }
        session(id)?.classCode = code
        room.trainees.append(id)
        classes[code] = room
        return .success(id)
    }

    /// What the trainer's class page shows; nil for no such class.
    public func classSummary(_ code: String) -> ClassSummary? {
        guard let room = classes[code] else { return nil }
        let wall = configuration.wallClock()
        let trainees = room.trainees.enumerated().map { seat, id -> TraineeProgress in
            guard let s = session(id) else {
                return TraineeProgress(seat: seat + 1, stage: Text("已离开（会话已结束）", "gone (session ended)"), selfComposeLeft: nil,
                                       drawsLeft: nil, confirms: 0, draws: 0, outcome: Text("", ""), idleSeconds: 0)
            }
            let now = s.clock.now(wall: wall)
            let screen = s.practice.map { $0.screen(at: now) }
            let outcome: Text = switch s.stage {
            case .done(let reservation)?: Text("已预选 \(reservation.serial)（练习）", "reserved \(reservation.serial) (practice)")
            case .goToOffice?: Text("次数用完，需到车管所", "chances used up: to the office")
            case nil where s.entryRefusal != nil: Text("入口被拒", "refused at entry")
            default: Text("", "")
            }
            let stage = s.away ? Text("已退出", "left") : s.stage.map { RejectionMessages.step($0.name) } ?? Text("服务说明", "service description")
            return TraineeProgress(seat: seat + 1, stage: stage, selfComposeLeft: screen?.selfComposeRemaining, drawsLeft: screen?.drawsRemaining,
                                   confirms: s.confirms, draws: s.draws, outcome: outcome, idleSeconds: Int((wall - s.lastSeen) / 1000))
        }
        return ClassSummary(code: code, situation: room.situation.title, speed: room.speed, seats: room.seats, ended: room.ended, trainees: trainees)
    }

    /// Starts a trainee's practice over, at the same address (its page shows the service description again).
    public func resetTrainee(code: String, seat: Int) -> Bool {
        guard let room = classes[code], room.trainees.indices.contains(seat - 1) else { return false }
        let id = room.trainees[seat - 1]
        let wall = configuration.wallClock()
        let fresh = makeSession(id: id, situation: room.situation, speed: room.speed, language: session(id)?.language ?? room.language,
                                     wall: wall)
        fresh.classCode = code
        replaceSession(id, with: fresh)
        return true
    }

    /// Starts every trainee of the class over.
    public func resetClass(_ code: String) -> Bool {
        guard let room = classes[code] else { return false }
        for seat in room.trainees.indices { _ = resetTrainee(code: code, seat: seat + 1) }
        return true
    }

    /// Ends a class: its trainees' sessions are dropped and the code admits no one.
    public func endClass(_ code: String) -> Bool {
        guard var room = classes[code] else { return false }
        for id in room.trainees { dropSession(id) }
        room.ended = true
        classes[code] = room
        return true
    }

    /// The classes, newest last, for the trainer panel.
    public func classCodes() -> [String] { classOrder }
}
