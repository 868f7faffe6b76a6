import ArgumentParser

@main
struct PlateLab: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "platelab", abstract: "PlateLab workbench")
}
