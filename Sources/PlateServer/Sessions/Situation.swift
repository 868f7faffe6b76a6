import PlateRules

/// A situation the trainer starts a trainee in.
public enum Situation: Hashable, Sendable {
    /// The ordinary flow, during service hours.
    case normal
    /// The office's pools have only a few numbers left.
    case poolNearlyExhausted
    /// The trainee's account is on the blacklist.
    case blacklisted
    /// A user of this kind registered in another region (异地预选).
    case otherRegion(UserKind)
    /// Phase 2 is closed: the trainee's clock starts outside the service hours.
    case outsideServiceHours
    /// The self-compose chances are used up; the trainee is moved to random selection.
    case selfComposeUsedUp
    /// A rush: others take popular numbers fast, so confirms meet "all N taken" (选号高峰).
    case popularGoingFast
    /// As the platform's own practice page is reported to behave: the first confirm finds every entered number
    /// taken (the count drops by N), the next reserves its first complete number; every trainee meets the
    /// all-taken screen once.
    case platformPractice

    /// Form values of the trainer panel.
    public static let names = [
        "normal", "pool_nearly_exhausted", "blacklisted", "other_region", "outside_service_hours",
        "self_compose_used_up", "popular_going_fast", "platform_practice",
    ]

    /// Parses the trainer panel's situation and user kind; nil when either is not one of the offered values.
    public init?(name: String, kind: String?) {
        switch name {
        case "normal": self = .normal
        case "pool_nearly_exhausted": self = .poolNearlyExhausted
        case "blacklisted": self = .blacklisted
        case "other_region":
            guard let kind = kind.flatMap(UserKind.init(rawValue:)) else { return nil }
            self = .otherRegion(kind)
        case "outside_service_hours": self = .outsideServiceHours
        case "self_compose_used_up": self = .selfComposeUsedUp
        case "popular_going_fast": self = .popularGoingFast
        case "platform_practice": self = .platformPractice
        default: return nil
        }
    }

    var title: Text {
        switch self {
        case .normal: Text("正常选号", "Normal selection")
        case .poolNearlyExhausted: Text("号池即将用尽", "Pool nearly exhausted")
        case .blacklisted: Text("用户在黑名单中", "User blacklisted")
        case .otherRegion(let kind):
            Text("异地用户（\(kind.chineseName)）", "User from another region (\(RejectionMessages.english(kind)))")
        case .outsideServiceHours: Text("非服务时间", "Outside service hours")
        case .selfComposeUsedUp: Text("自编次数已用完", "Self-compose used up")
        case .popularGoingFast: Text("热门号码抢手（他人正在快速选号）", "Popular numbers going fast (others selecting quickly)")
        case .platformPractice:
            Text("平台练习页（首次确认时所选号码均已被选）", "The platform's practice page (the first confirm finds every number taken)")
        }
    }
}
