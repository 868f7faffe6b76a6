/// A count that the whole run and every cohort keep: its one home. The scenario schema, the linter, the tally's
/// lookup, the figures over replications, `summary.json`, the report tables and the generated reference all take
/// the name, label and meaning from here; adding a count is one case here and one line in `CohortTally.count`.
public enum RunCount: String, CaseIterable, Hashable, Sendable {
    case applicants
    case refusedAtEntry = "refused_at_entry"
    case entered
    case basicInfoCompleted = "basic_info_completed"
    case identityConfirmed = "identity_confirmed"
    case reserved
    case reservedSelfCompose = "reserved_self_compose"
    case reservedRandom = "reserved_random"
    case registered
    case lapsed
    case sentToOffice = "sent_to_office"
    case movedToRandom = "moved_to_random"
    case blacklisted
    case blacklistHits = "blacklist_hits"
    case blacklistLifted = "blacklist_lifted"
    case rejections
    case confirms
    case confirmsAllTaken = "confirms_all_taken"

    /// The name as written in expectations, figures and `summary.json` (`reserved_self_compose`).
    public var name: String { rawValue }

    /// Every name, in report order.
    public static let names = allCases.map(\.rawValue)

    /// A few words for chart rows and table columns ("reserved by self-compose").
    public var label: String {
        switch self {
        case .refusedAtEntry: "refused at entry"
        case .basicInfoCompleted: "basic information completed"
        case .identityConfirmed: "identity confirmed"
        case .reservedSelfCompose: "reserved by self-compose"
        case .reservedRandom: "reserved by random draw"
        case .sentToOffice: "sent to the office"
        case .movedToRandom: "moved to random"
        case .blacklistHits: "blacklist hits"
        case .blacklistLifted: "blacklistings lifted"
        case .rejections: "rejected steps"
        case .confirmsAllTaken: "confirms that found all N taken"
        default: rawValue
        }
    }

    /// The label in Chinese, for the workbench's summaries (预选成功 for `reserved`).
    public var chineseLabel: String {
        switch self {
        case .applicants: "申请人"
        case .refusedAtEntry: "入口被拒"
        case .entered: "进入平台"
        case .basicInfoCompleted: "完成基本信息"
        case .identityConfirmed: "通过身份验证"
        case .reserved: "预选成功"
        case .reservedSelfCompose: "自编预选成功"
        case .reservedRandom: "随机预选成功"
        case .registered: "已登记"
        case .lapsed: "预选过期"
        case .sentToOffice: "转到窗口办理"
        case .movedToRandom: "转为随机选号"
        case .blacklisted: "列入黑名单"
        case .blacklistHits: "因黑名单被拒"
        case .blacklistLifted: "黑名单解除"
        case .rejections: "被拒步骤"
        case .confirms: "自编确认"
        case .confirmsAllTaken: "确认时号码全部已被占用"
        }
    }

    /// What is counted, for the scenario reference.
    public var meaning: String {
        switch self {
        case .applicants: "applicants who arrived within the period (simulated and scripted)"
        case .refusedAtEntry:
            "applicants refused entry at least once before they ever entered (locality, counter-signing, blacklist)"
        case .entered: "applicants who entered the platform"
        case .basicInfoCompleted: "applicants whose basic information (phase 1) was confirmed"
        case .identityConfirmed: "applicants who passed the identity check of phase 2"
        case .reserved: "applicants who reserved a number"
        case .reservedSelfCompose: "applicants who reserved a number they composed (自编)"
        case .reservedRandom: "applicants who reserved a number from a random draw (随机)"
        case .registered: "applicants who registered their reserved number"
        case .lapsed: "applicants who let a reservation lapse"
        case .sentToOffice: "applicants who used up both quotas and were sent to the office"
        case .movedToRandom: "applicants the platform moved to random when self-compose was used up (自编次数用完)"
        case .blacklisted: "applicants who were blacklisted"
        case .blacklistHits: "entries and phase-2 steps refused because the applicant was blacklisted"
        case .blacklistLifted: "blacklistings that ended within the period"
        case .rejections: "steps the engine refused, of every reason (`rejected.<reason>` counts one reason)"
        case .confirms: "self-compose confirms the engine judged"
        case .confirmsAllTaken: "self-compose confirms that found every entered number taken"
        }
    }

    /// Whether `summary.json` lists it with the totals and each cohort; the confirm counts sit in its `self_compose`
    /// object.
    public var inSummaryCounts: Bool {
        switch self {
        case .confirms, .confirmsAllTaken: false
        default: true
        }
    }
}
