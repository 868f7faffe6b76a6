/// Builds the typed `RuleSet` from a validated node tree (defaults already filled in).
enum RuleSetDecoder {
    /// The typed rules, or nil when the tree is not valid (the validator has said why).
    static func decode(_ root: YAMLNode) -> RuleSet? {
        let r = NodeReader(root)
        guard let region = r.child("region").flatMap(decodeRegion),
            let offices = r.list("offices")?.map(decodeOffice), !offices.contains(where: { $0 == nil }),
            let notice = r.string("notice"),
            let hours = r.child("service_hours").flatMap(decodeServiceHours),
            let calendar = r.child("calendar").flatMap(decodeCalendar),
            let locality = r.child("locality").flatMap(decodeLocality),
            let verification = r.child("verification").flatMap(decodeVerification),
            let selfCompose = r.child("self_compose").flatMap(decodeSelfCompose),
            let random = r.child("random").flatMap(decodeRandom),
            let reservation = r.child("reservation").flatMap(decodeReservation),
            let blacklist = r.child("blacklist").flatMap(decodeBlacklist),
            let pools = r.list("pools")?.map(decodePool), !pools.contains(where: { $0 == nil })
        else { return nil }
        return RuleSet(
            region: region, offices: offices.map { $0! }, notice: notice, serviceHours: hours, calendar: calendar,
            locality: locality, verification: verification, selfCompose: selfCompose, random: random,
            reservation: reservation, blacklist: blacklist, pools: pools.map { $0! })
    }

    static func decodeRegion(_ r: NodeReader) -> Region? {
        guard let id = r.string("id"), let name = r.string("name"), let province = r.string("province"),
            let authority = r.string("authority")?.first, let offset = r.string("utc_offset").flatMap(UTCOffset.init)
        else { return nil }
        return Region(id: id, name: name, province: province, authority: authority, utcOffset: offset)
    }

    static func decodeOffice(_ r: NodeReader) -> Office? {
        guard let id = r.string("id"), let name = r.string("name"), let pools = r.strings("pools") else { return nil }
        return Office(id: id, name: name, pools: pools, address: r.string("address"))
    }

    static func decodeServiceHours(_ r: NodeReader) -> ServiceHours? {
        guard let open = r.string("open").flatMap(TimeOfDay.init),
            let close = r.string("close").flatMap(TimeOfDay.init),
            let days = r.choices("days", as: Weekday.self), let closed = r.bool("closed_on_holidays")
        else { return nil }
        return ServiceHours(open: open, close: close, days: days, closedOnHolidays: closed)
    }

    static func decodeCalendar(_ r: NodeReader) -> WorkCalendar? {
        guard let weekend = r.choices("weekend", as: Weekday.self), let holidays = r.strings("holidays"),
            let extra = r.strings("extra_workdays")
        else { return nil }
        let ranges = holidays.compactMap(DateRange.init)
        let workdays = extra.compactMap(CivilDate.init)
        guard ranges.count == holidays.count, workdays.count == extra.count else { return nil }
        return WorkCalendar(weekend: weekend, holidays: ranges.flatMap(\.dates), extraWorkdays: workdays)
    }

    static func decodeLocality(_ r: NodeReader) -> LocalityRules? {
        guard let home = r.choices("home_only", as: UserKind.self),
            let cross = r.choices("cross_region", as: UserKind.self),
            let counter = r.choices("counter_signing", as: UserKind.self)
        else { return nil }
        return LocalityRules(homeOnly: home, crossRegion: cross, counterSigning: counter)
    }

    static func decodeVerification(_ r: NodeReader) -> VerificationRules? {
        guard let sms = r.child("sms"), let digits = sms.int("digits"), let valid = sms.seconds("valid_for"),
            let resend = sms.seconds("resend_after"), let attempts = sms.int("max_attempts"),
            let lockout = sms.seconds("lockout"),
            let countdown = r.seconds("identity_countdown"), let credentials = r.child("credentials")
        else { return nil }
        var formats: [CredentialKind: CredentialFormat] = [:]
        for kind in CredentialKind.allCases {
            guard let pattern = credentials.string(kind.rawValue), let format = try? CredentialFormat(pattern: pattern)
            else { return nil }
            formats[kind] = format
        }
        return VerificationRules(
            sms: SMSRules(
                digits: digits, validFor: valid, resendAfter: resend, maxAttempts: attempts, lockout: lockout),
            identityCountdown: countdown, credentials: formats)
    }

    static func decodeSelfCompose(_ r: NodeReader) -> SelfComposeRules? {
        guard let total = r.int("total"), let per = r.int("per_confirm"), let interval = r.seconds("confirm_interval"),
            let keyboard = r.choice("keyboard", as: KeyboardRule.self)
        else { return nil }
        return SelfComposeRules(total: total, perConfirm: per, confirmInterval: interval, keyboard: keyboard)
    }

    static func decodeRandom(_ r: NodeReader) -> RandomDrawRules? {
        guard let draws = r.int("draws"), let candidates = r.int("candidates"), let batch = r.seconds("batch_expires"),
            let backup = r.seconds("backup_expires"), let withoutFour = r.bool("without_four_option")
        else { return nil }
        return RandomDrawRules(
            draws: draws, candidates: candidates, batchExpires: batch, backupExpires: backup,
            withoutFourOption: withoutFour)
    }

    static func decodeReservation(_ r: NodeReader) -> ReservationRules? {
        guard let valid = r.duration("valid_for"), let from = r.choice("counted_from", as: CountingStart.self),
            let reuse = r.duration("reuse_after")
        else { return nil }
        return ReservationRules(validFor: valid, countedFrom: from, reuseAfter: reuse)
    }

    static func decodeBlacklist(_ r: NodeReader) -> BlacklistRules? {
        guard let after = r.int("after_lapses"), let lasts = r.duration("lasts"),
            let simultaneous = r.bool("simultaneous_sessions")
        else { return nil }
        return BlacklistRules(afterLapses: after, lasts: lasts, simultaneousSessions: simultaneous)
    }

    static func decodePool(_ r: NodeReader) -> PoolRules? {
        guard let id = r.string("id"), let vehicle = r.choice("vehicle", as: VehicleKind.self),
            let format = decodeFormat(r),
            let segments = r.child("segments"), let size = segments.int("size"),
            let randomOnly = segments.duration("random_only_for"),
            let firstOpen = segments.bool("first_open_to_both"),
            let publish = r.child("publish"), let below = publish.int("when_available_below"),
            let count = publish.int("segments"),
            let order = publish.choice("order", as: PublishRules.Order.self)
        else { return nil }
        return PoolRules(
            id: id, vehicle: vehicle, format: format,
            segments: SegmentRules(size: size, randomOnlyFor: randomOnly, firstOpenToBoth: firstOpen),
            publish: PublishRules(whenAvailableBelow: below, segments: count, order: order))
    }

    /// The serial format of a pool node; also used by the linter on pools of files with other errors.
    static func decodeFormat(_ r: NodeReader) -> SerialFormat? {
        guard let shapeTexts = r.strings("shapes"), let letters = r.string("letters"), let digits = r.string("digits")
        else { return nil }
        let shapes = shapeTexts.compactMap { try? SerialShape(parsing: $0) }
        guard shapes.count == shapeTexts.count, let forbid = r.choices("forbid", as: SerialPattern.self),
            let withheld = r.strings("withheld")
        else { return nil }
        var lettersInFirst: LettersInFirst? = nil
        if let rule = r.child("letters_in_first") {
            guard let positions = rule.int("positions"), let exactly = rule.int("exactly") else { return nil }
            lettersInFirst = LettersInFirst(positions: positions, exactly: exactly)
        }
        return SerialFormat(
            shapes: shapes, letters: letters, digits: digits, forbid: forbid,
            maxLetters: r.int("max_letters"), lettersInFirst: lettersInFirst, withheld: withheld)
    }
}
