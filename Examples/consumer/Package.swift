// swift-tools-version: 6.1
import PackageDescription

// A package that uses PlateLab as any other package would: by URL and version. PLATELAB_URL names the
// repository (`.ci/consumer` points it at a clone of this one, tagged with its version).
guard let platelab = Context.environment["PLATELAB_URL"] else {
    fatalError("set PLATELAB_URL to PlateLab's git URL, for instance file:///path/to/a/tagged/clone")
}

let package = Package(
    name: "PracticeDrill",
    dependencies: [
        .package(url: platelab, from: "0.2.0"),
    ],
    targets: [
        .executableTarget(
            name: "practice-drill",
            dependencies: [
                .product(name: "PlateRules", package: "platelab"),
                .product(name: "PlateEngine", package: "platelab"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
