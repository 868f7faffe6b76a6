import PlateRules

/// An error about `node`, at its place in the file.
func error(_ node: YAMLNode, _ path: String, _ message: String) -> Diagnostic {
    Diagnostic(.error, at: node.location, path: path, message)
}

/// A warning about `node`, at its place in the file.
func warning(_ node: YAMLNode, _ path: String, _ message: String) -> Diagnostic {
    Diagnostic(.warning, at: node.location, path: path, message)
}
