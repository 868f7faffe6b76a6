import Crypto
import Foundation
import GRDB
import HummingbirdBcrypt

/// Who may use the workbench: names with bcrypt password hashes, and the sign-in sessions their cookies name.
public struct Accounts: Sendable {
    let database: WorkbenchDatabase
    /// bcrypt's cost (2^cost rounds): 12 in use, lower only where tests make many accounts.
    let cost: UInt8

    /// Shortest password accepted.
    public static let shortestPassword = 8

    public init(database: WorkbenchDatabase, cost: UInt8 = 12) {
        self.database = database
        self.cost = cost
    }

    /// A signed-in user.
    public struct User: Sendable, Hashable {
        public let id: Int64
        public let name: String
    }

    /// A sign-in session: whose it is and the token every form it posts must carry.
    public struct Session: Sendable, Hashable {
        public let token: String
        public let user: User
        public let csrf: String
    }

    /// Why an account cannot be made.
    public enum AccountProblem: Error, Equatable, CustomStringConvertible {
        case badName, shortPassword
        case taken(String)

        public var description: String {
            switch self {
            case .badName: "a user name is 1 to 40 letters, digits, '.', '-' or '_'"
            case .shortPassword: "a password needs at least \(Accounts.shortestPassword) characters"
            case .taken(let name): "there is already a user named \(name)"
            }
        }
    }

    /// Makes an account for `name` with `password`, stored as a bcrypt hash.
    public func add(name: String, password: String, at wall: Int64) throws -> User {
        guard (1...40).contains(name.count), name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) })
        else { throw AccountProblem.badName }
        guard password.count >= Self.shortestPassword else { throw AccountProblem.shortPassword }
        let hash = Bcrypt.hash(password, cost: cost)
        return try database.pool.write { db in
            if try Row.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [name]) != nil {
                throw AccountProblem.taken(name)
            }
            try db.execute(
                sql: "INSERT INTO user (name, passwordHash, createdAt) VALUES (?, ?, ?)",
                arguments: [name, hash, wall])
            return User(id: db.lastInsertedRowID, name: name)
        }
    }

    /// The user whose name and password these are; nil otherwise (the same time either way: an unknown name is
    /// checked against a hash too, so timing does not tell which names exist).
    public func verify(name: String, password: String) throws -> User? {
        let row = try database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, passwordHash FROM user WHERE name = ?", arguments: [name])
        }
        guard let row else {
            _ = Bcrypt.verify(password, hash: Self.decoy)
            return nil
        }
        guard Bcrypt.verify(password, hash: row["passwordHash"]) else { return nil }
        return User(id: row["id"], name: row["name"])
    }

    /// A hash no password is checked against for real.
    private static let decoy = Bcrypt.hash("no such user", cost: 12)

    /// How long a sign-in lasts, in seconds.
    public static let sessionSeconds: Int64 = 14 * 86_400

    /// Opens a session for `user`: a random token for the cookie and another for its forms. Sessions past their
    /// age go at the same time, so the table holds only the open ones.
    public func openSession(for user: User, at wall: Int64) throws -> Session {
        let session = Session(token: Self.randomToken(), user: user, csrf: Self.randomToken())
        try database.pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE createdAt <= ?", arguments: [wall - Self.sessionSeconds])
            try db.execute(
                sql: "INSERT INTO session (token, userId, csrf, createdAt) VALUES (?, ?, ?, ?)",
                arguments: [session.token, user.id, session.csrf, wall])
        }
        return session
    }

    /// The session a cookie names, if it is open and younger than `maxAge` seconds.
    public func session(_ token: String, at wall: Int64, maxAge: Int64 = Accounts.sessionSeconds) throws -> Session? {
        try database.pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT s.token, s.csrf, s.createdAt, u.id, u.name FROM session s JOIN user u ON u.id = s.userId
                    WHERE s.token = ?
                    """, arguments: [token])
            guard let row, wall - (row["createdAt"] as Int64) < maxAge else { return nil }
            return Session(token: row["token"], user: User(id: row["id"], name: row["name"]), csrf: row["csrf"])
        }
    }

    /// Closes a session (sign-out).
    public func closeSession(_ token: String) throws {
        try database.pool.write { db in try db.execute(sql: "DELETE FROM session WHERE token = ?", arguments: [token]) }
    }

    /// A new API token for the user named `name` (shown once: only its SHA-256 is kept).
    public func newToken(for name: String, at wall: Int64) throws -> String? {
        let token = "plw_" + Self.randomToken()
        return try database.pool.write { db -> String? in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM user WHERE name = ?", arguments: [name]) else {
                return nil
            }
            try db.execute(
                sql: "INSERT INTO apiToken (hash, userId, createdAt) VALUES (?, ?, ?)",
                arguments: [Self.digest(token), id, wall])
            return token
        }
    }

    /// The user an API token belongs to, if it is one.
    public func user(forToken token: String) throws -> User? {
        guard token.hasPrefix("plw_"), token.count == 68 else { return nil }
        return try database.pool.read { db in
            try Row.fetchOne(
                db,
                sql: "SELECT u.id, u.name FROM apiToken t JOIN user u ON u.id = t.userId WHERE t.hash = ?",
                arguments: [Self.digest(token)]
            ).map { User(id: $0["id"], name: $0["name"]) }
        }
    }

    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// How many accounts there are.
    public func count() throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM user") ?? 0 }
    }

    /// 32 random bytes as hex, from the system's generator.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
