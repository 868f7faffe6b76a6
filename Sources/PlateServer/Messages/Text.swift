/// The two languages of the practice site: Chinese first, English on the toggle.
public enum Language: String, Sendable, CaseIterable {
    case zh, en

    public var other: Language { self == .zh ? .en : .zh }
}

/// A text in both languages.
public struct Text: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func `in`(_ language: Language) -> String { language == .zh ? zh : en }
}
