# Writes broken/NN-name.yaml: minimal.yaml with one mutation each, headed by the findings it must produce.
# Each expectation's line and column come from an anchor text (`TEXT@+N`: N columns further right),
# so they are computed independently of the loader under test. Run from this folder: python3 make-broken.py
import os, re
base = open('valid/minimal.yaml').read()
# (name, old, new, [(anchor, fragment)])  anchor: text whose first occurrence AFTER the change gives line:col
M = [
 ("unknown-top-key", "self_compose:\n", "self_compse:\n", [("self_compse", "unknown key 'self_compse'; did you mean 'self_compose'?")]),
 ("unknown-nested-key", "  per_confirm: 5", "  per_confrm: 5", [("per_confrm", "did you mean 'per_confirm'?")]),
 ("unknown-key-lists-allowed", "  draws: 5", "  drawz: 5", [("drawz", "Allowed here: draws, candidates, batch_expires")]),
 ("duplicate-key", "  total: 20\n", "  total: 20\n  total: 30\n", [("  total: 30", "duplicate key 'total'")]),
 ("missing-required-key", "  per_confirm: 5\n", "", [("  total: 20", "missing required key 'per_confirm'")]),
 ("wrong-schema-version", "schema: platelab/rules/v1", "schema: platelab/rules/v2", [("platelab/rules/v2", "expected 'platelab/rules/v1'")]),
 ("integer-expected", "  total: 20", "  total: twenty", [("twenty", "expected a whole number from 0 to 1000, found \"twenty\"")]),
 ("negative-quota", "  draws: 5", "  draws: -1", [("-1", "expected a whole number from 0 to 1000, found -1")]),
 ("duration-unit-wrong", "  confirm_interval: 8s", "  confirm_interval: 8 working days", [("8 working days", "expected a duration in seconds, minutes or hours")]),
 ("duration-garbage", "  batch_expires: 90s", "  batch_expires: ninety", [("ninety", "expected a duration")]),
 ("validity-in-seconds", "  valid_for: 5 working days", "  valid_for: 5s", [("5s", "expected a duration in days (7d, 3 days) or working days")]),
 ("boolean-expected", "  without_four_option: true", "  without_four_option: yes", [("yes", "expected true or false, found \"yes\"")]),
 ("bad-time", '  open: "08:00"', '  open: "8 am"', [('"8 am"', "expected a time HH:MM")]),
 ("open-after-close", '  open: "08:00"', '  open: "23:30"', [('"23:30"', "opening time 23:30 is not before closing time 23:00")]),
 ("bad-weekday", "days: [mon, tue, wed, thu, fri, sat, sun]", "days: [mon, tue, wednesday, thu, fri, sat, sun]", [("wednesday", "did you mean 'wed'?")]),
 ("bad-date", "holidays: [2027-01-01]", "holidays: [2027-02-30]", [("2027-02-30", "expected a date YYYY-MM-DD or a range")]),
 ("holiday-is-workday", "extra_workdays: [2027-02-07]", "extra_workdays: [2027-01-01]", [("2027-01-01]\n", "listed both as a holiday and as a make-up working day")]),
 ("per-confirm-over-total", "  per_confirm: 5", "  per_confirm: 25", [("25", "25 numbers per confirm exceed the self-compose total of 20")]),
 ("office-unknown-pool", "    pools: [small-car]", "    pools: [small-cars]", [("small-cars", "unknown pool 'small-cars'; did you mean 'small-car'?")]),
 ("pool-not-offered", "    publish: {when_available_below: 300, segments: 20, order: shapes}", "    publish: {when_available_below: 300, segments: 20, order: shapes}\n  - id: spare\n    vehicle: small_nev\n    shapes: [\"[DF]DDDDD\"]\n    letters: ABC\n    segments: {size: 100, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300, segments: 20, order: shapes}", [("spare", "warning: pools.spare: no office offers pool 'spare'")]),
 ("bad-shape", "shapes: [DDDDD, LDDDD]", "shapes: [DDDDD, LDDQD]", [("LDDQD", "invalid serial shape")]),
 ("shape-admits-nothing", "shapes: [DDDDD, LDDDD]", "shapes: [DDDDD, LLLDD]\n    max_letters: 2", [("LLLDD", "shape LLLDD admits no serial")]),
 ("withheld-matches-no-shape", 'withheld: ["68686"]', 'withheld: ["6868"]', [('"6868"', "withheld '6868' is not a serial of this pool")]),
 ("unknown-forbid-pattern", "forbid: [three_identical_digits]", "forbid: [three_same_digits]", [("three_same_digits", "one of three_identical_digits")]),
 ("unknown-vehicle", "    vehicle: small_car", "    vehicle: small_cars", [("small_cars", "did you mean 'small_car'?")]),
 ("bad-regex", '    certificate: "[A-Z0-9]{15}"', '    certificate: "[A-Z0-9{15}"', [('"[A-Z0-9{15}"', "Credential format '[A-Z0-9{15}' is not supported")]),
 ("user-kind-in-both", "  cross_region: [owner_driver, counter_registered]", "  cross_region: [owner_driver, counter_registered, organisation]", [("organisation]", "'organisation' is listed in both home_only and cross_region")]),
 ("user-kind-missing", "  cross_region: [owner_driver, counter_registered]", "  cross_region: [owner_driver]", [("home_only", "counter_registered are in neither home_only nor cross_region")]),
 ("duplicate-pool-id", "    publish: {when_available_below: 300, segments: 20, order: shapes}", "    publish: {when_available_below: 300, segments: 20, order: shapes}\n  - id: small-car\n    vehicle: small_nev\n    shapes: [\"[DF]DDDDD\"]\n    letters: ABC\n    segments: {size: 100, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300, segments: 20, order: shapes}", [("small-car\n    vehicle: small_nev", "duplicate id 'small-car'")]),
 ("non-scalar-key", "notice: 业务须知", "notice: 业务须知\n? [a, b]\n: c", [("[a, b]", "mapping keys must be plain words")]),
 ("yaml-syntax-error", "  total: 20", "  total: [20", [("  per_confirm@+11", "YAML syntax: did not find expected ',' or ']'")]),
 ("changes-out-of-order", None, "changes:\n  - {from: 2027-03-01, set: {self_compose.total: 10}}\n  - {from: 2027-02-01, set: {self_compose.total: 15}}\n", [("2027-02-01", "dated changes must be in date order")]),
 ("change-unknown-path", None, "changes:\n  - from: 2027-03-01\n    set: {self_compose.totl: 10}\n", [("self_compose.totl", "no rule 'totl' here; did you mean 'total'?")]),
 ("change-unknown-pool", None, "changes:\n  - from: 2027-03-01\n    set: {pools.small-cat.segments.size: 50}\n", [("pools.small-cat", "no item with id 'small-cat'; did you mean 'small-car'?")]),
 ("change-makes-invalid", None, "changes:\n  - from: 2027-03-01\n    set: {self_compose.total: 3}\n", [("  per_confirm: 5@+13", "5 numbers per confirm exceed the self-compose total of 3; expected at most 3 (rules in force from 2027-03-01)")]),
 ("change-bad-value", None, "changes:\n  - from: 2027-03-01\n    set: {random.draws: many}\n", [("many", "expected a whole number from 0 to 1000, found \"many\" (rules in force from 2027-03-01)")]),
 ("many-problems-at-once", "  total: 20\n  per_confirm: 5", "  totl: 20\n  per_confirm: five", [("totl", "unknown key 'totl'; did you mean 'total'?"), ("five", "expected a whole number from 1 to 100, found \"five\"")]),
 ("not-a-mapping", "random:\n  draws: 5", "random: 5\nrandom_x:\n  draws: 5", [("random: 5@+8", "random: expected a mapping of keys to values, found \"5\""), ("random_x", "unknown key 'random_x'")]),
 ("letters-in-first-too-many", "    forbid: [three_identical_digits]", "    forbid: [three_identical_digits]\n    letters_in_first: {positions: 2, exactly: 3}", [("{positions: 2", "exactly 3 letters cannot fit in the first 2 positions")]),
 ("zero-validity", "  valid_for: 5 working days", "  valid_for: 0 working days", [("0 working days", "reservation.valid_for: expected a duration longer than zero, found 0 working days")]),
 ("bracket-letter-outside-set", "shapes: [DDDDD, LDDDD]", "shapes: [DDDDD, LDDDD, \"[DI]DDDD\"]", [('"[DI]DDDD"', "warning: pools.small-car.shapes: shape [DI]DDDD lists I, which are not among the pool's letters or digits")]),
 ("province-not-chinese", "province: 冀", "province: HB", [("HB", "expected one Chinese character such as 冀")]),
 ("empty-offices", "offices:\n  - id: main\n    name: 测试车管所\n    pools: [small-car]", "offices: []", [("[]", "expected at least 1 item")]),
]
names = []
for i,(name, old, new, expects) in enumerate(M, 1):
    if old is None:
        text = base + new
    else:
        assert old in base, name
        text = base.replace(old, new, 1)
    header = []
    locs = []
    for anchor, frag in expects:
        shift = 0
        if "@+" in anchor:
            anchor, n = anchor.rsplit("@+", 1); shift = int(n)
        idx = text.find(anchor) if old is None or anchor in ("home_only","self_compose:","random: 5","  per_confirm","  per_confirm: 5","  total: 20") else text.find(anchor, max(0, text.find(new) if new else 0))
        if idx < 0: idx = text.find(anchor)
        assert idx >= 0, (name, anchor)
        line = text.count("\n", 0, idx) + 1
        col = idx - (text.rfind("\n", 0, idx) + 1) + 1
        if anchor.startswith("  "):
            col += len(anchor) - len(anchor.lstrip(" "))
        locs.append((line, col + shift, frag))
    n = len(locs) if locs else 1
    hdr = [f"# expect: {l + max(1,len(locs))}:{c} {f}" for (l,c,f) in locs] or ["# expect: clean"]
    out = "\n".join(hdr) + "\n" + text
    fn = f"broken/{i:02d}-{name}.yaml"
    open(fn, "w").write(out)
    names.append(fn)
print(len(names))
