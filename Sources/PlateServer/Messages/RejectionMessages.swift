import PlateEngine
import PlateRules

/// A clear Chinese and English message for every reason the engine can refuse a step.
public enum RejectionMessages {
    /// `names` gives the display name of region and office ids (承德市, 承德市车管所): a message never shows an id;
    /// a region it does not name is "another region".
    public static func text(_ rejection: Rejection, zone: UTCOffset, names: [String: String] = [:]) -> Text {
        func region(_ id: String) -> Text { names[id].map { Text($0, $0) } ?? Text("外地", "another region") }
        switch rejection {
        case .unknownRegion(let id):
            let name = region(id)
            return Text("本平台不提供\(name.zh)的预选号牌业务。", "This platform does not serve \(name.en).")
        case .localityNotAllowed(let kind, let homeID, let regionID):
            let home = region(homeID)
            let here = region(regionID)
            return Text(
                "\(kind.chineseName)只能在用户注册地（\(home.zh)）办理预选号牌，不能在\(here.zh)异地预选。",
                "A \(english(kind)) may pre-select only where the account is registered (\(home.en)), not in \(here.en)."
            )
        case .counterSigningRequired:
            return Text("单位用户须先到车管所办理面签，才能预选号牌。", "Organisations must first sign in person at the vehicle office (面签).")
        case .blacklistedUntil(let date):
            return Text(
                "您已被列入选号黑名单，\(date)（含）之前不能通过互联网预选号牌。",
                "You are blacklisted and cannot pre-select online until \(date) (inclusive).")
        case .outsideServiceHours(let opensAt):
            let when = opensAt.map { Clock.dateTime($0, zone: zone) }
            return Text(
                "现在不在预选号牌服务时间内。" + (when.map { "下次开放时间：\($0)。" } ?? ""),
                "Selection is closed now (outside service hours)." + (when.map { " It opens again at \($0)." } ?? ""))
        case .wrongStep(let expected, let current):
            let steps = expected.map(step)
            return Text(
                "当前步骤不能进行此操作（应在：\(steps.map(\.zh).joined(separator: "或"))；当前：\(step(current).zh)）。",
                "This action does not fit the current step (expected: \(steps.map(\.en).joined(separator: " or ")); now: \(step(current).en))."
            )
        case .unknownApplication:
            return Text("找不到该选号会话，或会话已过期。", "No such selection session, or it has expired.")
        case .unknownOffice(let office):
            return Text(
                "没有\(names[office].map { "“\($0)”" } ?? "这个")车管所。",
                "There is no such vehicle office\(names[office].map { " (\($0))" } ?? "").")
        case .vehicleKindNotOffered(let kind, let office):
            let name = names[office] ?? "该车管所"
            return Text(
                "\(name)不提供\(kind.chineseName)的号牌预选。",
                "\(names[office] ?? "This office") offers no pre-selection for \(english(kind)).")
        case .invalidVIN(let problem):
            return Text("车辆识别代号不正确：\(chinese(problem))", "The VIN is not valid: \(problem.description)")
        case .credentialFormat(let kind):
            return Text("\(chinese(kind))格式不正确。", "The \(english(kind)) does not have the required format.")
        case .vehicleNotFound:
            return Text("未找到该车辆识别代号的合格证信息。", "No certificate record was found for this VIN.")
        case .credentialMismatch:
            return Text("选号凭证与车辆识别代号不一致。", "The credential does not match the VIN's record.")
        case .vehicleKindMismatch(let selected, let actual):
            return Text(
                "所选车辆类型（\(selected.chineseName)）与车辆实际类型（\(actual.chineseName)）不符。",
                "The selected vehicle kind (\(english(selected))) differs from the vehicle's kind (\(english(actual)))."
            )
        case .alreadyRegistered:
            return Text("该车辆已注册登记，不能预选号牌。", "This vehicle is already registered; no pre-selection.")
        case .alreadyReserved(let serial, let validUntil):
            return Text(
                "该车辆已预选号牌 \(serial)，有效期至 \(validUntil)，不能变更。",
                "This vehicle already holds \(serial), valid until \(validUntil); it cannot be changed.")
        case .alreadySucceeded:
            return Text("该车辆已成功预选过一次号牌。", "This vehicle has already pre-selected a number once.")
        case .vinBelongsToAnotherUser:
            return Text("该车辆正由其他用户预选号牌。", "This vehicle is being pre-selected by another account.")
        case .noCodeRequested:
            return Text("请先获取短信验证码。", "Request an SMS code first.")
        case .smsCodeWrong(let left):
            return Text("短信验证码错误，还可尝试 \(left) 次。", "Wrong SMS code; \(left) attempts left.")
        case .smsCodeExpired:
            return Text("短信验证码已过期，请重新获取。", "The SMS code has expired; request a new one.")
        case .smsLockedOut(let until):
            return Text(
                "验证码错误次数过多，请于 \(Clock.dateTime(until, zone: zone)) 后再试。",
                "Too many wrong codes; try again after \(Clock.dateTime(until, zone: zone)).")
        case .smsResendTooSoon(let at):
            return Text(
                "获取验证码过于频繁，请于 \(Clock.time(at, zone: zone)) 后再获取。",
                "Too soon to resend; a new code is available at \(Clock.time(at, zone: zone)).")
        case .countdownRunning(let seconds):
            return Text("倒计时未结束，请 \(seconds) 秒后再点击。", "The countdown is still running; try again in \(seconds) s.")
        case .incompleteNumber(let entry):
            return Text("第 \(entry) 个号码未输入完整。", "Number \(entry) is not complete.")
        case .repeatedNumber(let serial, let entry, let repeats):
            return Text(
                "第 \(entry) 个号码与第 \(repeats) 个相同（\(serial)），请修改后再确认；未扣减自编次数。",
                "Number \(entry) repeats number \(repeats) (\(serial)); change it and confirm again. No chance was used."
            )
        case .tooManyNumbers(let max):
            return Text("一次最多可输入 \(max) 个号码。", "At most \(max) numbers may be entered at once.")
        case .noNumbers:
            return Text("请至少输入一个号码。", "Enter at least one number.")
        case .notInPool(let serial, let reason):
            return Text(
                "\(serial) 不是号池中的号码（\(reason.description)）。",
                "\(serial) is not a number of the pool (\(reason.description)).")
        case .notOffered(let serial):
            return Text("\(serial) 当前不在本车管所的自编号池中。", "\(serial) is not offered for self-compose at this office now.")
        case .allTaken(let tried, let remaining):
            let list = tried.joined(separator: ", ")
            return Text(
                "所选号码（\(list)）均已被选用，剩余自编次数 \(remaining) 次。",
                "All entered numbers (\(list)) are taken; \(remaining) self-compose chances left.")
        case .selfComposeUsedUp:
            return Text("自编选号次数已用完，请使用随机选号。", "Self-compose chances are used up; use random selection.")
        case .drawsUsedUp:
            return Text("随机选号次数已用完。", "Random draws are used up.")
        case .goToOffice:
            return Text(
                "自编和随机选号机会均已用完，请到车管所办理。",
                "Both self-compose and random chances are used up; please go to the vehicle office.")
        case .withoutFourNotOffered:
            return Text("本地区不提供“不含4”选项。", "This region does not offer the without-4 option.")
        case .noBatch:
            return Text("请先随机选号一次。", "Draw a batch first.")
        case .batchExpired:
            return Text("本批号码已过期，请换一批。", "This batch has expired; draw another batch.")
        case .notInBatch(let serial):
            return Text("\(serial) 不在当前这批号码中。", "\(serial) is not in the current batch.")
        case .backupAlreadyKept:
            return Text("本批号码已保留过一个备选号码。", "A backup was already kept from this batch.")
        case .noBackup(let serial):
            return Text("\(serial) 不是已保留的备选号码。", "\(serial) is not a kept backup.")
        case .backupExpired(let serial):
            return Text("备选号码 \(serial) 已过期。", "The backup \(serial) has expired.")
        case .numberNoLongerAvailable(let serial):
            return Text("号码 \(serial) 已被他人选用。", "The number \(serial) was taken by someone else in the meantime.")
        case .poolExhausted(let mode):
            return Text(
                "号池中暂无可\(mode == .selfCompose ? "自编" : "随机")选择的号码。",
                "No number is available for \(mode == .selfCompose ? "self-compose" : "random selection") right now.")
        case .noReservation:
            return Text("没有预选号牌记录。", "There is no reservation.")
        case .reservationLapsed:
            return Text("预选号牌已过有效期。", "The reservation has lapsed.")
        }
    }

    static func english(_ kind: UserKind) -> String {
        switch kind {
        case .newVehicleOwner: "new-vehicle owner"
        case .organisation: "organisation"
        case .ownerDriver: "owner/driver user"
        case .counterRegistered: "counter-registered user"
        }
    }

    static func english(_ kind: VehicleKind) -> String {
        switch kind {
        case .smallCar: "small car"
        case .smallNEV: "small new-energy car"
        case .largeNEV: "large new-energy vehicle"
        }
    }

    static func chinese(_ kind: CredentialKind) -> String {
        kind == .certificate ? "合格证编号" : "货物进口证明书编号"
    }

    static func english(_ kind: CredentialKind) -> String {
        kind == .certificate ? "certificate-of-conformity number" : "import certificate number"
    }

    static func chinese(_ problem: VINProblem) -> String {
        switch problem {
        case .wrongLength(let found): "车辆识别代号应为17位，当前为\(found)位。"
        case .illegalCharacter(let c, let position): "第\(position)位字符“\(c)”不允许（只能是数字和除I、O、Q外的大写字母）。"
        case .illegalModelYear(let c): "第10位（车型年份）不能是“\(c)”。"
        case .wrongCheckDigit(let expected, let found): "第9位校验位应为“\(expected)”，实际为“\(found)”。"
        }
    }

    /// A step's name as the platform's pages call it.
    static func step(_ name: Application.Stage.Name) -> Text {
        switch name {
        case .choosingOffice: Text("选择车管所", "choosing the office")
        case .readingNotice: Text("阅读业务须知", "reading the business notice")
        case .enteringVehicle: Text("录入车辆识别代号", "entering the VIN")
        case .confirmingBasicInfo: Text("确认信息", "confirming the information")
        case .serviceNotes: Text("选号服务说明", "the selection service notes")
        case .identityCheck: Text("身份验证", "the identity check")
        case .selfCompose: Text("自编选号", "self-compose")
        case .random: Text("随机选号", "random selection")
        case .done: Text("预选完成", "done")
        case .goToOffice: Text("到车管所办理", "going to the office")
        }
    }
}
