import Foundation
import Hummingbird
import PlateServer
import ZIPFoundation

/// A study's files: its variants' change files, its scenario, the command that reproduces it and its report folder.
enum StudyFileRoutes {
    static func add(to router: Router<PracticeRequestContext>, _ workbench: Workbench) {
        router.get("/studies/:id/changes/:file") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            guard let study = try StudyRoutes.find(context, workbench),
                let variant = study.variants.first(where: { $0.fileName == context.parameters.get("file") })
            else { return StudyRoutes.notFound(session) }
            return WorkbenchRoutes.file(
                Data(RuleFields.changeFile(variant).utf8), type: "application/yaml; charset=utf-8",
                download: variant.fileName)
        }
        router.get("/studies/:id/scenario") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            guard let study = try StudyRoutes.find(context, workbench),
                let data = FileManager.default.contents(atPath: study.scenario)
            else { return StudyRoutes.notFound(session) }
            let name = (study.scenario as NSString).lastPathComponent
            return WorkbenchRoutes.file(data, type: "application/yaml; charset=utf-8", download: name)
        }
        router.get("/studies/:id/command.txt") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            guard let study = try StudyRoutes.find(context, workbench) else { return StudyRoutes.notFound(session) }
            return WorkbenchRoutes.file(
                Data((study.command + "\n").utf8), type: "text/plain; charset=utf-8", download: "command.txt")
        }
        router.get("/studies/:id/report.zip") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            guard let study = try StudyRoutes.find(context, workbench), study.status == .done else {
                return StudyRoutes.notFound(session)
            }
            // Made once, beside the report (which never changes once in place), then served from there.
            let zip = workbench.folders.zip(study.id)
            if !FileManager.default.fileExists(atPath: zip) {
                let partial = zip + ".partial-\(UUID().uuidString)"
                try FileManager.default.zipItem(
                    at: URL(fileURLWithPath: workbench.folders.report(study.id)), to: URL(fileURLWithPath: partial),
                    shouldKeepParent: false, compressionMethod: .deflate)
                if (try? FileManager.default.moveItem(atPath: partial, toPath: zip)) == nil {
                    try? FileManager.default.removeItem(atPath: partial)
                }
            }
            guard let data = FileManager.default.contents(atPath: zip) else { return StudyRoutes.notFound(session) }
            return WorkbenchRoutes.file(data, type: "application/zip", download: "report-\(study.id).zip")
        }
        router.get("/studies/:id/report/**") { request, context in
            guard let session = WorkbenchRoutes.session(request, workbench) else { return StudyRoutes.signIn() }
            guard let study = try StudyRoutes.find(context, workbench), study.status == .done else {
                return StudyRoutes.notFound(session)
            }
            let parts = context.parameters.getCatchAll().map(String.init)
            // Names inside the report only: nothing hidden, nothing above it.
            guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") }) else {
                return StudyRoutes.notFound(session)
            }
            let path = workbench.folders.report(study.id) + "/" + parts.joined(separator: "/")
            var directory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &directory), !directory.boolValue,
                let data = FileManager.default.contents(atPath: path)
            else { return StudyRoutes.notFound(session) }
            return WorkbenchRoutes.file(data, type: contentType(parts.last!))
        }
    }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "yaml": "application/yaml; charset=utf-8"
        case "xml": "application/xml"
        default: "text/plain; charset=utf-8"
        }
    }
}
