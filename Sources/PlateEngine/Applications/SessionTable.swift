/// The engine's open sessions, in an array indexed by id from the oldest id still held.
///
/// Ids are handed out in increasing order, so a step finds its session without hashing and
/// changes it in place; closed sessions at the front are trimmed, so memory follows the open ones.
/// Sessions are stored unwrapped, with a separate open flag: reading through an optional copied the whole session.
struct SessionTable {
    /// Id value of `slots[0]`.
    private var base = 0
    /// Sessions by slot; closed slots hold `closed`.
    private var slots: [Application] = []
    private var isOpen: [Bool] = []
    /// Every slot before this one is closed.
    private var front = 0
    private(set) var count = 0

    /// What a closed slot holds: nothing to retain.
    private static let closed = Application(
        id: ApplicationID(0),
        user: UserAccount(subject: Subject(-1), id: "", kind: .newVehicleOwner, home: "", phone: ""),
        region: "", regionSlot: 0, practice: false)

    /// The slot of an open session.
    func slot(of id: ApplicationID) -> Int? {
        let slot = id.value - base
        guard slot >= 0, slot < isOpen.count, isOpen[slot] else { return nil }
        return slot
    }

    /// An open session, copied out.
    subscript(id: ApplicationID) -> Application? {
        slot(of: id).map { slots[$0] }
    }

    /// The session in an open slot, read in place.
    subscript(slot slot: Int) -> Application {
        _read { yield slots[slot] }
        _modify { yield &slots[slot] }
    }

    /// Adds a session; its id must be above every id held.
    mutating func insert(_ app: Application) {
        if slots.isEmpty { base = app.id.value }
        let slot = app.id.value - base
        precondition(slot >= slots.count, "session ids are handed out in increasing order")
        if slot > slots.count {
            slots.append(contentsOf: repeatElement(Self.closed, count: slot - slots.count))
            isOpen.append(contentsOf: repeatElement(false, count: slot - isOpen.count))
        }
        slots.append(app)
        isOpen.append(true)
        count += 1
    }

    /// Replaces an open session.
    mutating func update(_ app: Application) {
        guard let slot = slot(of: app.id) else { preconditionFailure("no open session \(app.id)") }
        slots[slot] = app
    }

    /// Drops a session; does nothing when it is not open.
    mutating func remove(_ id: ApplicationID) {
        guard let slot = slot(of: id) else { return }
        isOpen[slot] = false
        count -= 1
        // Trim closed sessions at the front once they are at least half the array: amortised O(1) per close.
        while front < isOpen.count, !isOpen[front] { front += 1 }
        if front == isOpen.count {
            // Everything is closed (the usual case when sessions close in turn): no placeholder to store.
            slots.removeAll(keepingCapacity: true)
            isOpen.removeAll(keepingCapacity: true)
            front = 0
            return
        }
        slots[slot] = Self.closed
        if front * 2 >= isOpen.count {
            slots.removeFirst(front)
            isOpen.removeFirst(front)
            base += front
            front = 0
        }
    }

    /// Every open session by id.
    var all: [ApplicationID: Application] {
        var all: [ApplicationID: Application] = [:]
        for slot in slots.indices where isOpen[slot] { all[slots[slot].id] = slots[slot] }
        return all
    }
}
