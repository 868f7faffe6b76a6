import PlateRules

/// Renders the rules in force as readable text for `platelab rules show`.
enum RulesText {
    static func render(_ rules: RuleSet, book: RuleBook, epoch: RuleBook.Epoch, changes: [String]) -> String {
        let r = rules.region
        var out: [String] = []
        out.append("\(r.name) (\(r.id)) · \(r.province)\(r.authority) · UTC\(r.utcOffset)")
        let index = book.epochs.firstIndex { $0.from == epoch.from } ?? 0
        let since =
            epoch.from.map {
                "in force from \($0.formatted(in: r.utcOffset)) (dated change \(index) of \(book.epochs.count - 1))"
            }
            ?? "base rules"
            + (book.epochs.count > 1
                ? " (\(book.epochs.count - 1) dated change\(book.epochs.count == 2 ? "" : "s") follow)" : "")
        out.append("Rules: \(book.file), \(since)")
        if !changes.isEmpty { out.append("Changes: \(changes.joined(separator: ", "))") }
        out.append("")
        out.append("Offices")
        for office in rules.offices {
            out.append("  \(office.id)  \(office.name)  pools: \(office.pools.joined(separator: ", "))")
        }
        let h = rules.serviceHours
        out.append(
            row(
                "Service hours",
                "\(h.open)–\(h.close) on \(h.days.sorted().map(\.rawValue).joined(separator: " "))"
                    + (h.closedOnHolidays ? ", closed on holidays" : "")))
        out.append(
            row(
                "Calendar",
                "weekend \(rules.calendar.weekend.sorted().map(\.rawValue).joined(separator: " ")); "
                    + "\(rules.calendar.holidays.count) holiday\(rules.calendar.holidays.count == 1 ? "" : "s"); "
                    + "\(rules.calendar.extraWorkdays.count) make-up working day\(rules.calendar.extraWorkdays.count == 1 ? "" : "s")"
            ))
        let l = rules.locality
        out.append(
            row(
                "Locality",
                "home only: \(names(l.homeOnly)); cross region: \(names(l.crossRegion)); counter signing: \(names(l.counterSigning))"
            ))
        let v = rules.verification
        let sms = v.sms
        out.append(
            row(
                "Verification",
                "SMS \(sms.digits) digits, valid \(clock(sms.validFor)), resend after \(clock(sms.resendAfter)), "
                    + "\(sms.maxAttempts) attempts, lock-out \(clock(sms.lockout)); identity countdown \(clock(v.identityCountdown))"
            ))
        out.append(
            row(
                "",
                "certificate \(v.format(for: .certificate).pattern); import certificate \(v.format(for: .importCertificate).pattern)"
            ))
        let s = rules.selfCompose
        out.append(
            row(
                "Self-compose",
                "\(s.total) per vehicle, \(s.perConfirm) per confirm, \(clock(s.confirmInterval)) between confirms; "
                    + (s.keyboard == .published
                        ? "keyboard of the published pool (taken numbers typable, refused at confirm)"
                        : "keyboard of available numbers only")))
        let d = rules.random
        out.append(
            row(
                "Random",
                "\(d.draws) draws of \(d.candidates) candidates; batch expires \(clock(d.batchExpires)), "
                    + "backup \(clock(d.backupExpires)); without-4 option: \(d.withoutFourOption ? "yes" : "no")"))
        let res = rules.reservation
        out.append(
            row(
                "Reservation",
                "valid \(res.validFor) counted from \(res.countedFrom.rawValue.replacingUnderscores()); "
                    + "lapsed numbers return after \(res.reuseAfter)"))
        let b = rules.blacklist
        out.append(
            row(
                "Blacklist",
                "after \(b.afterLapses) lapse\(b.afterLapses == 1 ? "" : "s"), lasts \(b.lasts)"
                    + (b.simultaneousSessions ? "; also for simultaneous sessions" : "")))
        out.append("")
        out.append("Pools")
        for pool in rules.pools {
            out.append(contentsOf: poolLines(pool, region: r))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func poolLines(_ pool: PoolRules, region: Region) -> [String] {
        let f = pool.format
        var rules: [String] = []
        if let max = f.maxLetters { rules.append("at most \(max) letters") }
        if let rule = f.lettersInFirst {
            rules.append("exactly \(rule.exactly) letters in the first \(rule.positions) positions")
        }
        if !f.forbid.isEmpty { rules.append("forbid \(f.forbid.map(\.rawValue).joined(separator: ", "))") }
        if !f.withheld.isEmpty { rules.append("\(f.withheld.count) withheld") }
        var out = [
            "  \(pool.id) (\(pool.vehicle.rawValue) \(pool.vehicle.chineseName)): letters \(String(f.letters)), digits \(String(f.digits))"
                + (rules.isEmpty ? "" : "; " + rules.joined(separator: "; "))
        ]
        let width = max(5, f.shapes.map(\.pattern.count).max() ?? 5)
        out.append("    " + "shape".padding(width) + "  " + "serials".leftPadding(12))
        for (index, shape) in f.shapes.enumerated() {
            out.append(
                "    " + shape.pattern.padding(width) + "  " + grouped(f.count(shapeIndex: index)).leftPadding(12))
        }
        out.append("    " + "total".padding(width) + "  " + grouped(f.totalCount).leftPadding(12))
        let seg = pool.segments
        let pub = pool.publish
        out.append(
            "    segments of \(seg.size), random-only for \(seg.randomOnlyFor), first segment open to both: \(seg.firstOpenToBoth ? "yes" : "no")"
        )
        out.append(
            "    publish \(pub.segments) segments when fewer than \(pub.whenAvailableBelow) are available (order: \(pub.order.rawValue))"
        )
        if let example = f.serial(at: 0, shapeIndex: f.shapes.count - 1) {
            out.append(
                "    example plate: \(f.plate(province: region.province, authority: region.authority, serial: example))"
            )
        }
        return out
    }

    static func row(_ label: String, _ text: String) -> String { label.padding(14) + " " + text }

    static func names(_ kinds: [UserKind]) -> String {
        kinds.isEmpty ? "none" : kinds.map(\.rawValue).joined(separator: ", ")
    }

    static func clock(_ seconds: Int) -> String { RuleDuration.seconds(seconds).description }

    /// 1234567 → "1,234,567".
    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        return String(digits.enumerated().flatMap { i, c in (i > 0 && (digits.count - i) % 3 == 0) ? [",", c] : [c] })
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
