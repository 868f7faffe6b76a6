import Foundation

/// Student's t distribution: the quantiles confidence intervals over a few replications need.
public enum StudentT {
    /// The two-sided `confidence` quantile for `degrees` degrees of freedom: `t` with P(|T| ≤ t) = confidence
    /// (2.262 for 95 % and 9 degrees). Computed from the regularized incomplete beta function, not a table.
    public static func quantile(confidence: Double, degrees: Int) -> Double {
        precondition(
            degrees >= 1 && confidence > 0 && confidence < 1, "t quantile needs ≥ 1 degree and 0 < confidence < 1")
        let tail = (1 - confidence) / 2
        // P(T > t) falls as t grows: bisection on t, doubling the upper end until it holds the quantile.
        var low = 0.0
        var high = 1.0
        while upperTail(high, degrees: degrees) > tail { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if upperTail(middle, degrees: degrees) > tail { low = middle } else { high = middle }
            if high - low <= 1e-12 * high { break }
        }
        return (low + high) / 2
    }

    /// P(T > t) for t ≥ 0.
    static func upperTail(_ t: Double, degrees: Int) -> Double {
        let v = Double(degrees)
        return 0.5 * regularizedIncompleteBeta(v / (v + t * t), v / 2, 0.5)
    }

    /// I_x(a, b) by its continued fraction (Lentz's method), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
    /// where the fraction converges slowly.
    static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logBeta + logPowers
        if x < (a + 1) / (a + b + 2) { return exp(logFront) * continuedFraction(x, a, b) / a }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...500 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return h
    }
}
