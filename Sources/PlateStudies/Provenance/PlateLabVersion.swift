/// The version printed by `--version` and named in every report.
public enum PlateLabVersion {
    public static let current = "0.2.0"
}
