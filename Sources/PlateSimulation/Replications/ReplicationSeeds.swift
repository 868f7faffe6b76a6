/// The seeds of a scenario's replications: replication 1 runs on the scenario's seed (so one replication is today's
/// run),
/// replication k on a seed mixed from it and k. Each is printed in the reports, and `platelab run S --seed <it>` runs
/// that replication alone, byte for byte.
public enum ReplicationSeeds {
    /// The seed of replication `k` (1-based) of a run seeded `seed`.
    public static func seed(_ seed: UInt64, replication k: Int) -> UInt64 {
        precondition(k >= 1, "replications are numbered from 1")
        guard k > 1 else { return seed }
        // SplitMix64's finaliser over the root seed and k: neighbouring k give unrelated seeds.
        var z = seed &+ UInt64(k - 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seeds of replications 1 through `count`.
    public static func seeds(_ seed: UInt64, count: Int) -> [UInt64] {
        (1...max(1, count)).map { Self.seed(seed, replication: $0) }
    }
}
