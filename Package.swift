// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PlateLab",
    products: [
        // Rule sets (loading, checking, calendars) and the engine, for packages that depend on PlateLab by version.
        .library(name: "PlateRules", targets: ["PlateRules"]),
        // Scenarios and case files moved out of PlateRules: `import PlateScenarios` for `Scenario` and its loaders.
        .library(name: "PlateScenarios", targets: ["PlateScenarios"]),
        .library(name: "PlateEngine", targets: ["PlateEngine"]),
        .executable(name: "platelab", targets: ["platelab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // Already under Hummingbird; named for the practice site's connection handler (read deadline, body bound).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        // Already under swift-nio; FilePath does the path arithmetic (Foundation's NSString path methods crashed on Linux).
        .package(url: "https://github.com/apple/swift-system.git", from: "1.8.1"),
        // `swift package generate-documentation` for the library products' DocC catalogs (built in .ci/run).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.5.0"),
        // The practice site's pages: Mustache templates, which escape every value unless told otherwise.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        // The results store (and the workbench's database): SQLite through GRDB, WAL, migrations.
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        // The workbench's passwords: bcrypt hashes.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // The workbench's "download the report" ZIP.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(
            name: "PlateRules",
            dependencies: [
                .product(name: "Yams", package: "Yams"), .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The scenario and case-file format: simulated runs' inputs, checked against the rules they run on.
        .target(
            name: "PlateScenarios",
            dependencies: ["PlateRules"]
        ),
        .target(
            name: "PlateEngine",
            dependencies: ["PlateRules"]
        ),
        .target(
            name: "PlateSimulation",
            dependencies: ["PlateEngine", "PlateScenarios", "PlateRules"]
        ),
        // Studies: run, replicate, compare, sweep and test as library calls with typed inputs and results.
        .target(
            name: "PlateStudies",
            dependencies: [
                "PlateSimulation", "PlateEngine", "PlateScenarios", "PlateRules",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Finished studies kept by their key (a hash of what decides them), shared by the command line and the
        // workbench: an SQLite index and the report folders beside it, bounded, least recently used out first.
        .target(
            name: "PlateStore",
            dependencies: [
                "PlateStudies",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // Rendering only: Markdown, HTML, CSV, JSON and JUnit files of what the studies returned.
        .target(
            name: "PlateReports",
            dependencies: [
                "PlateStudies", "PlateSimulation", "PlateEngine", "PlateScenarios", "PlateRules", "PlateMarkup",
            ]
        ),
        // The one HTML escaper of the reports and the practice site.
        .target(name: "PlateMarkup"),
        // Timing of pool operations and whole flows for `platelab bench`: the clock lives here, not in the engine.
        .target(
            name: "PlateBenchmarks",
            dependencies: ["PlateEngine", "PlateRules"]
        ),
        // The practice site (模拟选号): the real engine in practice mode behind a Hummingbird server.
        .target(
            name: "PlateServer",
            dependencies: [
                "PlateEngine", "PlateRules", "PlateMarkup", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The policy workbench (政策工作台): accounts, studies from a form, a job queue, results from the store.
        .target(
            name: "PlateWorkbench",
            dependencies: [
                "PlateStudies", "PlateReports", "PlateStore", "PlateScenarios", "PlateRules", "PlateServer",
                "PlateMarkup",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "platelab",
            dependencies: [
                "PlateRules",
                "PlateScenarios",
                "PlateEngine",
                "PlateSimulation",
                "PlateStudies",
                "PlateReports",
                "PlateServer",
                "PlateStore",
                "PlateWorkbench",
                "PlateBenchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz target for the loaders, short runs of scenarios that load and merges of sweep parts: replays files by
        // default; `-DFUZZING` makes it a libFuzzer entry (Fuzz/README.md).
        .executableTarget(
            name: "PlateRulesFuzz",
            dependencies: ["PlateRules", "PlateScenarios", "PlateSimulation", "PlateStudies", "PlateReports"]
        ),
        // What more than one test target uses: a rejection of every reason.
        .target(
            name: "PlateTestSupport",
            dependencies: ["PlateEngine", "PlateRules"]
        ),
        // Each test target reads its own fixture rules and scenarios (Tests/<target>/Fixtures), never the bundled ones.
        .testTarget(
            name: "PlateRulesTests",
            dependencies: [
                "PlateRules",
                "PlateScenarios",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlateEngineTests",
            dependencies: [
                "PlateEngine",
                "PlateTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "PlateSimulationTests",
            dependencies: ["PlateSimulation", "PlateScenarios"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlateStudiesTests",
            dependencies: ["PlateStudies", "PlateSimulation", "PlateScenarios", "PlateRules"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlateReportsTests",
            dependencies: ["PlateReports", "PlateStudies", "PlateSimulation", "PlateScenarios", "PlateMarkup"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlateStoreTests",
            dependencies: ["PlateStore", "PlateStudies", "PlateScenarios", "PlateRules"]
        ),
        .testTarget(
            name: "PlateServerTests",
            dependencies: [
                "PlateServer",
                "PlateTestSupport",
                "PlateEngine",
                "PlateRules",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PlateWorkbenchTests",
            dependencies: [
                "PlateWorkbench", "PlateStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            exclude: ["Fixtures"]
        ),
        // Runs the built `platelab` executable end to end: exit codes and output word for word.
        .testTarget(
            name: "PlateLabCLITests",
            dependencies: ["platelab"],
            exclude: ["Fixtures", "BadInputs"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
