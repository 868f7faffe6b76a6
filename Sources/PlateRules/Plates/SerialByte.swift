/// ASCII classification of serial characters; the alphabet is upper-case letters and digits by definition.
enum SerialByte {
    /// `A`...`Z`.
    static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    /// `0`...`9`.
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
