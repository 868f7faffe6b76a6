/// A vehicle kind that may pre-select online, with the plate it gets.
public enum VehicleKind: String, CaseIterable, Sendable, Hashable {
    /// 小型汽车, blue plate.
    case smallCar = "small_car"
    /// 小型新能源汽车, green plate.
    case smallNEV = "small_nev"
    /// 大型新能源汽车, yellow-green plate.
    case largeNEV = "large_nev"

    /// The Chinese name used on the platform.
    public var chineseName: String {
        switch self {
        case .smallCar: "小型汽车"
        case .smallNEV: "小型新能源汽车"
        case .largeNEV: "大型新能源汽车"
        }
    }
}
