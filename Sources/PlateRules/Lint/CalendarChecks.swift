/// Checks on service hours and the working-day calendar.
enum CalendarChecks {
    static let openBeforeClose: RuleSetLinter.Check = { root in
        guard let open = root.at("service_hours.open")?.scalar.flatMap(TimeOfDay.init),
            let close = root.at("service_hours.close")?.scalar.flatMap(TimeOfDay.init),
            open >= close, let node = root.at("service_hours.open")
        else { return [] }
        return [error(node, "service_hours.open", "opening time \(open) is not before closing time \(close)")]
    }

    static let someServiceDay: RuleSetLinter.Check = { root in
        guard let days = root.at("service_hours.days"), days.items?.isEmpty == true else { return [] }
        return [error(days, "service_hours.days", "no service day listed: selection would never open")]
    }

    static let holidaysAreNotWorkdays: RuleSetLinter.Check = { root in
        let holidays = Set((root.at("calendar.holidays")?.strings ?? []).compactMap(DateRange.init).flatMap(\.dates))
        return (root.at("calendar.extra_workdays")?.items ?? []).compactMap { node in
            guard let date = node.scalar.flatMap(CivilDate.init), holidays.contains(date) else { return nil }
            return error(
                node, "calendar.extra_workdays", "\(date) is listed both as a holiday and as a make-up working day")
        }
    }

    static let extraWorkdaysOnWeekend: RuleSetLinter.Check = { root in
        let weekend = Set((root.at("calendar.weekend")?.strings ?? []).compactMap(Weekday.init(rawValue:)))
        return (root.at("calendar.extra_workdays")?.items ?? []).compactMap { node in
            guard let date = node.scalar.flatMap(CivilDate.init), !weekend.contains(date.weekday) else { return nil }
            return warning(
                node, "calendar.extra_workdays", "\(date) is a \(date.weekday.rawValue), already a working day")
        }
    }
}
