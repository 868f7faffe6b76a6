import Foundation
import PlateEngine
import PlateRules

// A practice selection (模拟选号) on a region's rules, from the office to the virtual keyboard:
// `practice-drill <rules.yaml> <office> <YYYY-MM-DDTHH:MM+08:00>`.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3, let start = Instant(iso8601: arguments[arguments.startIndex + 2]) else {
    print("usage: practice-drill <rules.yaml> <office> <YYYY-MM-DDTHH:MM+08:00>")
    exit(2)
}
let (file, office) = (arguments[arguments.startIndex], arguments[arguments.startIndex + 1])

let loaded = try RuleSetLoader.load(file: file)
for diagnostic in loaded.diagnostics { print(diagnostic) }
guard let book = loaded.book else { exit(1) }
let rules = book.rules(at: start)
let engine = PlateEngine(books: [book], registry: VehicleRegistry(), gateway: InMemorySMSGateway(), seed: 1, start: start)
let trainee = UserAccount(subject: Subject(0), id: "trainee", kind: .newVehicleOwner, home: rules.region.id, phone: "13800000000")

func step<T>(_ name: String, _ result: Result<T, Rejection>) -> T {
    switch result {
    case .success(let value): return value
    case .failure(let rejection):
        print("\(name) refused: \(rejection)")
        exit(1)
    }
}

let session = step("open", PracticeSession.open(engine: engine, user: trainee, region: rules.region.id, seed: 1, at: start))
let choice = step("office", session.chooseOffice(office, vehicle: .smallCar, at: start))
step("notice", session.acceptNotice())
// Practice checks the form of the VIN and certificate only, as the platform does (不校验基础信息的准确性).
let vin = VIN.withCheckDigit("LFV3A23C0K3000001")!
let sent = step("vehicle", session.submitVehicle(vin: vin, credential: Credential(.certificate, "WAC000000000001"), at: start))
let notes = step("basic information", session.confirmBasicInfo(code: sent.practiceCode!, at: start))
let check = step("start selection", session.startSelection(at: start))
let screen = step("identity", session.confirmIdentity(code: check.code.practiceCode!, at: check.countdownEnds))
let keys = step("keyboard", session.keyboard(prefix: "", at: check.countdownEnds))

print("\(rules.region.name) \(choice.office.name), pool \(choice.pool.pool)")
print("self-compose: \(notes.selfComposeRemaining) numbers, \(screen.perConfirm) per confirm; random: \(notes.drawsRemaining) draws")
print("first keys: \(String(keys.enabled))")
