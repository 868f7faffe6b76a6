import Foundation
import PlateRules
import PlateServer
import PlateStore
import PlateStudies
import Synchronization

/// The policy workbench (政策工作台): one data folder with its database, the studies' files and the results store,
/// the accounts, and the queue that runs studies in the background.
public final class Workbench: Sendable {
    public let folders: DataFolders
    public let database: WorkbenchDatabase
    public let accounts: Accounts
    public let studies: StudyBook
    public let store: ResultStore
    public let queue: StudyQueue
    /// The bundled scenarios, as the command line names them (`Scenarios/smoke.yaml`).
    public let bundled: [String]
    /// The folder they are in (an upload's rule-set and change-file references resolve beside it).
    public let scenariosFolder: String

    /// The scenarios a study may start from: the bundled ones, then the uploaded ones.
    public var scenarios: [String] { bundled + ScenarioUploads.list(folders) }
    let wall: @Sendable () -> Int64
    /// Failed sign-ins per client: 10 in 15 minutes, then a wait.
    let signIns = Mutex(AttemptLimiter(limit: 10, windowSeconds: 900))

    /// Opens the workbench on `data` (made if new); studies run `slots` at once on `threads` threads each.
    public init(
        data: String, scenariosFolder: String = "Scenarios", slots: Int = 1,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, storeMaxBytes: Int64? = nil,
        bcryptCost: UInt8 = 12, wall: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        folders = DataFolders(root: data)
        database = try WorkbenchDatabase(folder: data)
        accounts = Accounts(database: database, cost: bcryptCost)
        studies = StudyBook(database: database)
        store = try ResultStore(folder: folders.store, maxBytes: storeMaxBytes)
        self.wall = wall
        queue = StudyQueue(
            book: studies, runner: StudyRunner(folders: folders, store: store, threads: max(1, threads), log: log),
            slots: max(1, slots), wall: wall)
        bundled = Self.bundledScenarios(in: scenariosFolder)
        self.scenariosFolder = scenariosFolder
    }

    /// Marks what was running when the workbench last stopped as interrupted, and starts what is queued.
    public func start() async throws { try await queue.open() }

    /// The scenario files of `folder` (not rule sets, change files or cases), sorted by name.
    static func bundledScenarios(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }.filter {
            TestFiles.schema(of: $0) == PlateFileKind.scenario.rawValue
        }
    }
}
