/// A plain binary min-heap: the pools' timers, the instants of the engine's timers and the scenario runner's event
/// queue.
///
/// They only ever insert and take the minimum: a min-max heap (swift-collections' `Heap`) pays on every
/// removal for a maximum nobody asks for, which showed with millions of timers and events a run.
///
/// Inlinable, so the scenario runner's event queue (another module) gets a heap specialised to its entries
/// instead of generic code that looks up the element's comparison at every step.
public struct BinaryHeap<Element: Comparable> {
    @usableFromInline var storage: [Element] = []

    /// An empty heap.
    @inlinable public init() {}

    @inlinable public var count: Int { storage.count }
    @inlinable public var isEmpty: Bool { storage.isEmpty }
    /// The smallest element.
    @inlinable public var min: Element? { storage.first }

    /// Adds `element`.
    @inlinable
    public mutating func insert(_ element: Element) {
        storage.append(element)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard storage[child] < storage[parent] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the smallest element; the heap must not be empty.
    @inlinable
    public mutating func removeMin() -> Element {
        let last = storage.removeLast()
        guard !storage.isEmpty else { return last }
        let first = storage[0]
        // Sift the last element down from the root, moving smaller children up into the hole.
        var hole = 0
        let count = storage.count
        while true {
            var child = 2 * hole + 1
            guard child < count else { break }
            if child + 1 < count, storage[child + 1] < storage[child] { child += 1 }
            guard storage[child] < last else { break }
            storage[hole] = storage[child]
            hole = child
        }
        storage[hole] = last
        return first
    }

    /// Removes and returns the smallest element, or nil when the heap is empty.
    @inlinable public mutating func popMin() -> Element? { isEmpty ? nil : removeMin() }
}
