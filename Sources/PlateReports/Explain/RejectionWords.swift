import PlateEngine
import PlateRules

/// A rejection in plain English with its data, times in the region's local time: what `explain` prints.
enum RejectionWords {
    static func sentence(_ r: Rejection, zone: UTCOffset) -> String {
        func local(_ instant: Instant) -> String {
            let seconds = instant.timeOfDay(in: zone).secondsSinceMidnight
            return
                "\(instant.date(in: zone)) \(zeroPadded(seconds / 3600, width: 2)):\(zeroPadded(seconds / 60 % 60, width: 2))"
        }
        func kind(_ v: VehicleKind) -> String { v.rawValue.replacingOccurrences(of: "_", with: " ") }
        switch r {
        case .unknownRegion(let region): return "the platform hosts no region \(region)"
        case .localityNotAllowed(let user, let home, let region):
            return
                "a \(user.rawValue.replacingOccurrences(of: "_", with: " ")) from \(home) may not pre-select in \(region)"
        case .counterSigningRequired: return "the organisation must first sign at the office counter (面签)"
        case .blacklistedUntil(let day): return "blacklisted until \(day)"
        case .outsideServiceHours(let opens?): return "outside service hours; opens \(local(opens))"
        case .outsideServiceHours(nil): return "outside service hours, and not open again within the calendar"
        case .wrongStep(let expected, let current):
            return
                "not possible at \(current.rawValue) (possible at \(expected.map(\.rawValue).joined(separator: ", ")))"
        case .unknownApplication: return "no such application"
        case .unknownOffice(let office): return "no office \(office)"
        case .vehicleKindNotOffered(let vehicle, let office):
            return "office \(office) offers no pool for a \(kind(vehicle))"
        case .invalidVIN(let problem): return "invalid VIN: \(problem)"
        case .credentialFormat(let credential):
            return "the \(credential.rawValue.replacingOccurrences(of: "_", with: " ")) number is malformed"
        case .vehicleNotFound: return "the registry has no record for this VIN"
        case .credentialMismatch: return "the credential does not match the registry's record"
        case .vehicleKindMismatch(let selected, let actual):
            return "the VIN is a \(kind(actual)), not a \(kind(selected))"
        case .alreadyRegistered: return "the vehicle is already registered"
        case .alreadyReserved(let serial, let until): return "the VIN already holds \(serial), valid through \(until)"
        case .alreadySucceeded: return "the VIN already succeeded online once"
        case .vinBelongsToAnotherUser: return "another account is pre-selecting this VIN"
        case .noCodeRequested: return "no SMS code was sent yet"
        case .smsCodeWrong(let left): return "wrong SMS code; \(left) attempts left"
        case .smsCodeExpired: return "the SMS code has expired"
        case .smsLockedOut(let until): return "too many wrong codes; locked until \(local(until))"
        case .smsResendTooSoon(let at): return "a new code can be sent from \(local(at))"
        case .countdownRunning(let seconds): return "the countdown is running: \(seconds) s left"
        case .incompleteNumber(let entry): return "number \(entry) is not complete"
        case .repeatedNumber(let serial, let entry, let repeats):
            return "number \(entry) repeats number \(repeats) (\(serial)); no chance used"
        case .tooManyNumbers(let max): return "at most \(max) numbers at once"
        case .noNumbers: return "no number entered"
        case .notInPool(let serial, let why): return "\(serial) is not a number of the pool: it \(why)"
        case .notOffered(let serial): return "\(serial) is not offered to self-compose at this office now"
        case .allTaken(let tried, let remaining):
            return "all taken: \(tried.joined(separator: ", ")); \(remaining) self-composed numbers left"
        case .selfComposeUsedUp: return "no self-compose chance left"
        case .drawsUsedUp: return "no random draw left"
        case .goToOffice: return "both quotas used up: go to the office"
        case .withoutFourNotOffered: return "this pool offers no draw without 4 (不含4)"
        case .noBatch: return "no drawn batch"
        case .batchExpired: return "the batch's time ran out"
        case .notInBatch(let serial): return "\(serial) is not in the batch"
        case .backupAlreadyKept: return "a backup is already kept"
        case .noBackup(let serial): return "\(serial) is not the kept backup"
        case .backupExpired(let serial): return "the backup \(serial)'s time ran out"
        case .numberNoLongerAvailable(let serial): return "\(serial) was taken by someone else meanwhile"
        case .poolExhausted(let mode):
            return "no number left for \(mode.rawValue.replacingOccurrences(of: "_", with: "-"))"
        case .noReservation: return "no reservation to register"
        case .reservationLapsed: return "the reservation lapsed"
        }
    }
}
