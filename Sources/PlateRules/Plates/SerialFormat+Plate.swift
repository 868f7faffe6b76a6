extension SerialFormat {
    /// The plate as displayed: province, authority letter, a middle dot, the serial (`冀H·A1234`).
    ///
    /// An instance method rather than a free function: the layout is the same for every pool
    /// today, but callers already hold the pool's format, and a pool-specific layout can come later
    /// without changing call sites.
    public func plate(province: String, authority: Character, serial: String) -> String {
        province + String(authority) + "·" + serial
    }
}
