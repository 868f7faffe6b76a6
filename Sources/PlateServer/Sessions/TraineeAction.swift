import PlateEngine
import PlateRules

/// A step a trainee's form asks for, its input already validated (length and character set).
enum TraineeAction: Sendable {
    case enter
    case chooseOffice(office: String, vehicle: VehicleKind)
    case agree
    case submitVehicle(vin: String, credential: CredentialKind, number: String)
    case resendCode
    /// 获取验证码: the first request of the step's code.
    case requestCode
    /// 退出: the trainee leaves the platform (closes the page); `reenter` comes back to it (再次进入).
    case leave
    case reenter
    case confirmCode(String)
    case startSelection
    case confirmIdentity(String)
    case type(Character)
    case erase
    case clearEntry
    case selectEntry(Int)
    case addEntry
    case confirmSelfCompose
    case switchMode(SelectionMode)
    case draw(withoutFour: Bool)
    case keepBackup(String)
    case confirmBackup(String)
    case language(Language)

    /// Parses the action named in the path with its form; an invalid input gives a message in both languages.
    static func parse(_ name: String, form: [String: String]) -> Result<TraineeAction, InputProblem> {
        switch name {
        case "enter": return .success(.enter)
        case "office":
            let office = try? Field.token(form["office"], name: Text("车管所", "office"), maxLength: 64)
            let vehicle = form["vehicle"].flatMap(VehicleKind.init(rawValue:))
            guard let office else { return .failure(InputProblem(Text("请选择车管所。", "Choose an office."))) }
            guard let vehicle else { return .failure(InputProblem(Text("请选择车辆类型。", "Choose a vehicle kind."))) }
            return .success(.chooseOffice(office: office, vehicle: vehicle))
        case "agree": return .success(.agree)
        case "vehicle":
            let vin = (form["vin"] ?? "").trimmed.uppercased()
            guard !vin.isEmpty, vin.count <= 17, vin.allSatisfy(\.isUpperAlphanumericASCII) else {
                return .failure(
                    InputProblem(Text("车辆识别代号须为17位数字和大写字母。", "The VIN must be 17 digits and capital letters.")))
            }
            guard let kind = form["credential_kind"].flatMap(CredentialKind.init(rawValue:)) else {
                return .failure(InputProblem(Text("请选择选号凭证类型。", "Choose the kind of credential.")))
            }
            let number = (form["credential"] ?? "").trimmed.uppercased()
            guard !number.isEmpty, number.count <= 32, number.allSatisfy(\.isUpperAlphanumericASCII) else {
                return .failure(
                    InputProblem(
                        Text("选号凭证须为1至32位数字和大写字母。", "The credential must be 1 to 32 digits and capital letters.")))
            }
            return .success(.submitVehicle(vin: vin, credential: kind, number: number))
        case "resend": return .success(.resendCode)
        case "getcode": return .success(.requestCode)
        case "leave": return .success(.leave)
        case "reenter": return .success(.reenter)
        case "code", "identity":
            let code = (form["code"] ?? "").trimmed
            // Only the form is checked here; whether the code is right (and long enough) is the engine's call,
            // as the rule set says how many digits codes have.
            guard (1...16).contains(code.count), code.allSatisfy(\.isDigitASCII) else {
                return .failure(InputProblem(Text("验证码须为数字（最多16位）。", "The code is digits only (at most 16).")))
            }
            return .success(name == "code" ? .confirmCode(code) : .confirmIdentity(code))
        case "begin": return .success(.startSelection)
        case "key":
            guard let key = form["key"], key.count == 1, let c = key.first, c.isUpperAlphanumericASCII else {
                return .failure(InputProblem(Text("只能输入一个数字或大写字母。", "A key is one digit or capital letter.")))
            }
            return .success(.type(c))
        case "erase": return .success(.erase)
        case "clear": return .success(.clearEntry)
        case "entry":
            guard let text = form["entry"], text.count <= 2, let index = Int(text), index >= 0 else {
                return .failure(InputProblem(Text("号码序号不正确。", "Not a number entry.")))
            }
            return .success(.selectEntry(index))
        case "add": return .success(.addEntry)
        case "compose": return .success(.confirmSelfCompose)
        case "mode":
            guard let mode = form["mode"].flatMap(SelectionMode.init(rawValue:)) else {
                return .failure(InputProblem(Text("选号方式不正确。", "Not a selection mode.")))
            }
            return .success(.switchMode(mode))
        case "draw": return .success(.draw(withoutFour: form["without_four"] == "1"))
        case "keep", "confirm-backup":
            guard let serial = form["serial"], (1...8).contains(serial.count),
                serial.allSatisfy(\.isUpperAlphanumericASCII)
            else {
                return .failure(
                    InputProblem(Text("号码须为1至8位数字和大写字母。", "A number is 1 to 8 digits and capital letters.")))
            }
            return .success(name == "keep" ? .keepBackup(serial) : .confirmBackup(serial))
        case "lang":
            guard let language = form["lang"].flatMap(Language.init(rawValue:)) else {
                return .failure(InputProblem(Text("语言只能是 zh 或 en。", "The language is zh or en.")))
            }
            return .success(.language(language))
        default:
            return .failure(InputProblem(Text("没有这个操作。", "No such action."), status: 404))
        }
    }
}

/// An input the site refuses before it reaches the engine.
struct InputProblem: Error, Sendable {
    let message: Text
    var status = 400

    init(_ message: Text, status: Int = 400) {
        self.message = message
        self.status = status
    }
}

enum Field {
    /// A short identifier of lower-case letters, digits, '-' and '_'.
    static func token(_ value: String?, name: Text, maxLength: Int) throws(InputProblem) -> String {
        guard let value, !value.isEmpty, value.count <= maxLength,
            value.unicodeScalars.allSatisfy({
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            })
        else {
            throw InputProblem(Text("\(name.zh)不正确。", "The \(name.en) is not valid."))
        }
        return value
    }
}

extension Character {
    var isDigitASCII: Bool { ("0"..."9").contains(self) }
    var isUpperAlphanumericASCII: Bool { isDigitASCII || ("A"..."Z").contains(self) }
}

extension String {
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
