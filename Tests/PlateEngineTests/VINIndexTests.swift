import Testing

@testable import PlateEngine

@Suite("Registry VIN index")
struct VINIndexTests {
    /// A 17-character text of digits and capitals from `n` (not a valid VIN: the index takes any such text).
    static func text(_ n: UInt64) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
        var n = n
        return String(
            (0..<17).map { _ in
                defer { n /= UInt64(alphabet.count) }
                return alphabet[Int(n % UInt64(alphabet.count))]
            })
    }

    @Test("keys added in any order, with repeats, are found at their first slot, through growth from empty")
    func agreesWithADictionary() throws {
        var index = VINIndex()
        var model: [String: Int] = [:]
        var next = 0
        var state: UInt64 = 12345
        for step in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // Sequential runs, as registries hold them, mixed with scattered keys and repeats of earlier ones.
            let text = Self.text(step % 3 == 0 ? UInt64(step) : (state >> 20) % 30_000)
            let slot = index.slot(of: try #require(VINKey(text)), orAppend: next)
            if let known = model[text] {
                #expect(slot == known)
            } else {
                #expect(slot == next)
                model[text] = next
                next += 1
            }
            if step % 1000 == 0 {
                // A record without a VIN takes a slot and is never found.
                index.appendUnkeyed(slot: next)
                next += 1
            }
        }
        #expect(model.count > 10_000)
        for (text, slot) in model { #expect(index.slot(of: VINKey(text)!) == slot, "\(text)") }
        #expect(index.slot(of: VINKey(Self.text(99_999_999))!) == nil)
    }

    @Test("only 17 digits and capitals make a key")
    func keysNeedVINCharacters() {
        #expect(VINKey("LFV3A23C7K3012345") != nil)
        #expect(VINKey("LFV3A23C7K301234") == nil)
        #expect(VINKey("lFV3A23C7K3012345") == nil)
        #expect(VINKey("LFV3A23C7K301234中") == nil)
        #expect(VINKey("LFV3A23C7K3012345") != VINKey("LFV3A23C7K3012346"))
    }

    @Test("a registry finds records by VIN and replaces a record added twice")
    func registryLookups() {
        var registry = VehicleRegistry()
        let a = VehicleRecord(vin: "LFV3A23C7K3012345", kind: .smallCar, credentialKind: .certificate, credential: "A")
        let b = VehicleRecord(vin: "1M8GDM9AXKP042788", kind: .smallCar, credentialKind: .certificate, credential: "B")
        registry.add(a)
        registry.add(VehicleRecord(vin: "not a vin", kind: .smallCar, credentialKind: .certificate, credential: "X"))
        registry.add(b)
        registry.add(VehicleRecord(vin: a.vin, kind: .smallNEV, credentialKind: .certificate, credential: "A2"))
        #expect(registry.count == 3)
        #expect(registry.record(vin: a.vin)?.credential == "A2" && registry.slot(vin: a.vin) == 0)
        #expect(registry.record(vin: b.vin) == b && registry.slot(vin: b.vin) == 2)
        #expect(registry.record(vin: "not a vin") == nil && registry.record(vin: "LFV3A23C7K3012346") == nil)
    }
}
