/// The kind of platform account an applicant uses; locality rules differ by kind.
public enum UserKind: String, CaseIterable, Sendable, Hashable {
    /// 新车车主.
    case newVehicleOwner = "new_vehicle_owner"
    /// 单位用户; may need counter signing (面签) first.
    case organisation
    /// 车主/驾驶人用户.
    case ownerDriver = "owner_driver"
    /// 窗口注册用户.
    case counterRegistered = "counter_registered"

    /// The Chinese name used on the platform.
    public var chineseName: String {
        switch self {
        case .newVehicleOwner: "新车车主"
        case .organisation: "单位用户"
        case .ownerDriver: "车主/驾驶人用户"
        case .counterRegistered: "窗口注册用户"
        }
    }
}
