import PlateEngine
import PlateRules

extension PracticeSite {
    /// Creates a class: trainees who join with its code practise in `situation` at `speed`, up to `seats` of them.
    public func createClass(_ situation: Situation, speed: Int, seats: Int, language: Language) -> Result<
        String, InputProblemText
    > {
        let wall = configuration.wallClock()
        sweepClasses(wall)
        let maxSpeed = maxSpeed()
        guard (1...maxSpeed).contains(speed) else {
            return .failure(
                InputProblemText(
                    message: Text("倒计时倍速须为1至\(maxSpeed)。", "The speed factor must be 1 to \(maxSpeed)."), status: 400))
        }
        guard (1...Self.mostSeats).contains(seats) else {
            return .failure(
                InputProblemText(
                    message: Text("学员人数须为1至\(Self.mostSeats)。", "Seats must be 1 to \(Self.mostSeats)."), status: 400))
        }
        let most = configuration.guards.openClasses
        guard classes.values.filter({ !$0.ended }).count < most else {
            return .failure(
                InputProblemText(
                    message: Text(
                        "同时开设的班级至多\(most)个，请先结束不用的班级。",
                        "At most \(most) classes may be open at once; end one you no longer use first."), status: 429))
        }
        var code = ClassRoom.makeCode()
        while classes[code] != nil { code = ClassRoom.makeCode() }
        classes[code] = ClassRoom(
            code: code, situation: situation, speed: speed, seats: seats, language: language, lastActive: wall)
        classOrder.append(code)
        return .success(code)
    }

    /// The most trainees one class seats.
    public static let mostSeats = 200

    /// A trainee joins the class with `code`: a session in the class's situation and speed; why not, when full or
    /// ended.
    /// A client that sent too many wrong codes lately is refused without the code being looked at.
    public func join(code text: String, client: String) -> Result<String, InputProblemText> {
        let wall = configuration.wallClock()
        sweepClasses(wall)
        if joinFailures.isBlocked(client, at: wall) {
            let minutes = joinFailures.minutesLeft(client, at: wall)
            return .failure(
                InputProblemText(
                    message: Text(
                        "班级代码错误次数过多，请 \(minutes) 分钟后再试。",
                        "Too many wrong class codes; try again in \(minutes) minutes."), status: 429))
        }
        guard let code = ClassRoom.normalized(text), var room = classes[code], !room.ended else {
            joinFailures.fail(client, at: wall)
            return .failure(
                InputProblemText(
                    message: Text(
                        "没有这个班级代码，或该班级已结束。请核对老师给出的代码。",
                        "No class has this code, or it has ended. Check the code your trainer gave."), status: 404))
        }
        guard room.trainees.count < room.seats else {
            return .failure(
                InputProblemText(
                    message: Text("该班级已满（\(room.seats)人）。", "The class is full (\(room.seats) seats)."), status: 409))
        }
        let started = startTrainee(room.situation, speed: room.speed, language: room.language, client: client)
        guard case .success(let id) = started else { return started }
        session(id)?.classCode = code
        room.trainees.append(id)
        room.lastActive = wall
        classes[code] = room
        return .success(id)
    }

    /// What the trainer's class page shows; nil for no such class.
    public func classSummary(_ code: String) -> ClassSummary? {
        let wall = configuration.wallClock()
        sweepClasses(wall)
        guard let room = classes[code] else { return nil }
        if !room.ended { classes[code]?.lastActive = wall }
        let trainees = room.trainees.enumerated().map { seat, id -> TraineeProgress in
            guard let s = session(id) else {
                return TraineeProgress(
                    seat: seat + 1, stage: Text("已离开（会话已结束）", "gone (session ended)"), selfComposeLeft: nil,
                    drawsLeft: nil, confirms: 0, draws: 0, outcome: Text("", ""), idleSeconds: 0)
            }
            let now = s.clock.now(wall: wall)
            let screen = s.practice.map { $0.screen(at: now) }
            let outcome: Text =
                switch s.stage {
                case .done(let reservation)?:
                    Text("已预选 \(reservation.serial)（练习）", "reserved \(reservation.serial) (practice)")
                case .goToOffice?: Text("次数用完，需到车管所", "chances used up: to the office")
                case nil where s.entryRefusal != nil: Text("入口被拒", "refused at entry")
                default: Text("", "")
                }
            let stage =
                s.away
                ? Text("已退出", "left")
                : s.stage.map { RejectionMessages.step($0.name) } ?? Text("服务说明", "service description")
            return TraineeProgress(
                seat: seat + 1, stage: stage, selfComposeLeft: screen?.selfComposeRemaining,
                drawsLeft: screen?.drawsRemaining,
                confirms: s.confirms, draws: s.draws, outcome: outcome, idleSeconds: Int((wall - s.lastSeen) / 1000))
        }
        return ClassSummary(
            code: code, situation: room.situation.title, speed: room.speed, seats: room.seats, ended: room.ended,
            trainees: trainees)
    }

    /// Starts a trainee's practice over, at the same address (its page shows the service description again). Only a
    /// live session is started over: a seat whose session was dropped (evicted, expired) stays empty, so a reset
    /// never adds sessions past `maxSessions`. Nil when done, else why not.
    public func resetTrainee(code: String, seat: Int) -> InputProblemText? {
        if let refused = openClass(code) { return refused }
        return restart(code: code, seat: seat)
    }

    /// Starts every trainee of the class over (those whose session is still live).
    public func resetClass(_ code: String) -> InputProblemText? {
        if let refused = openClass(code) { return refused }
        for seat in classes[code]!.trainees.indices { _ = restart(code: code, seat: seat + 1) }
        return nil
    }

    /// Starts the trainee in `seat` of open class `code` over.
    private func restart(code: String, seat: Int) -> InputProblemText? {
        guard let room = classes[code], room.trainees.indices.contains(seat - 1) else { return Self.noSuchClass }
        let id = room.trainees[seat - 1]
        guard let old = session(id) else { return Self.seatGone }
        let wall = configuration.wallClock()
        let fresh = makeSession(
            id: id, situation: room.situation, speed: room.speed, language: old.language, wall: wall)
        fresh.classCode = code
        replaceSession(id, with: fresh)
        classes[code]?.lastActive = wall
        return nil
    }

    /// Ends a class: its trainees' sessions are dropped and the code admits no one; nothing more can be done with it.
    public func endClass(_ code: String) -> InputProblemText? {
        if let refused = openClass(code) { return refused }
        end(code, at: configuration.wallClock())
        return nil
    }

    /// The classes still kept, newest last, for the trainer panel.
    public func classCodes() -> [String] {
        sweepClasses(configuration.wallClock())
        return classOrder
    }

    /// Nil when `code` names a class that is open; else why no action is taken.
    private func openClass(_ code: String) -> InputProblemText? {
        sweepClasses(configuration.wallClock())
        guard let room = classes[code] else { return Self.noSuchClass }
        return room.ended
            ? InputProblemText(
                message: Text("该班级已结束，不能再操作。", "This class has ended; nothing more can be done with it."), status: 409)
            : nil
    }

    private func end(_ code: String, at wall: Int64) {
        guard let room = classes[code] else { return }
        for id in room.trainees { dropSession(id) }
        classes[code]?.endedAt = wall
    }

    /// Ends classes idle for `classIdle` (no join, reset or trainer view, and no trainee request) and forgets classes
    /// ended `endedClassKept` ago, so classes neither live nor pile up for ever.
    func sweepClasses(_ wall: Int64) {
        let guards = configuration.guards
        for code in classOrder {
            guard let room = classes[code] else { continue }
            if let ended = room.endedAt {
                if wall - ended > Int64(guards.endedClassKept) * 1000 { classes[code] = nil }
                continue
            }
            let active = room.trainees.compactMap { session($0)?.lastSeen }.reduce(room.lastActive, max)
            if wall - active > Int64(guards.classIdle) * 1000 { end(code, at: wall) }
        }
        // Classes opened and ended at once must not pile up within the hour either: the oldest ended go first.
        let ended = classOrder.filter { classes[$0]?.ended == true }
        for code in ended.dropLast(guards.endedClasses) { classes[code] = nil }
        classOrder.removeAll { classes[$0] == nil }
    }

    static let noSuchClass = InputProblemText(message: Text("没有这个班级。", "No such class."), status: 404)
    static let seatGone = InputProblemText(
        message: Text(
            "该学员的练习会话已结束，请让学员重新加入。",
            "This trainee's session has ended; ask the trainee to join again."), status: 409)
}
