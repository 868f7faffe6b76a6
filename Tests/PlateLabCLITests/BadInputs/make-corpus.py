# Writes files/NNN-name.* (bundled inputs with one mutation each) and corpus.json: for every bad input, the
# command line that reads it, the exit status it must give and a fragment of the message it must print.
# Run from this folder after changing a case: python3 make-corpus.py   (BadInputCorpusTests runs the corpus.)
import json, os, shutil

ROOT = '../../..'
UP = '../../../../Scenarios/'          # from files/ to the bundled scenarios
FIX = '../../Fixtures/'                # from files/ to this target's own rule sets
RULES = 'Tests/PlateLabCLITests/Fixtures/regions/hebei-chengde.yaml'
rules = open(f'{ROOT}/{RULES}').read()
smoke = (open(f'{ROOT}/Scenarios/smoke.yaml').read()
         .replace('rules: regions/', 'rules: ' + FIX + 'regions/')
         .replace('change_files: [changes/', 'change_files: [' + UP + 'changes/'))
changes = open(f'{ROOT}/Scenarios/changes/quota-10.yaml').read()
cases = open(f'{ROOT}/Scenarios/cases/phase-1.yaml').read().replace('rules: ../regions/', 'rules: ' + FIX + 'regions/')
part = open('base-part.json').read()

shutil.rmtree('files', ignore_errors=True)
os.makedirs('files')
corpus = []

def mutate(text, old, new):
    assert old in text, f'{old!r} not in the base text'
    return text.replace(old, new, 1)

def add(name, ext, content, args, exit, expect):
    """One bad input: `content` written to files/NNN-name.ext (None: no file), run as `args` ({file}: that file,
    {out}: a fresh folder), must exit `exit` and print `expect`."""
    path = None
    if content is not None:
        path = f'files/{len(corpus) + 1:03d}-{name}.{ext}'
        with open(path, 'w', encoding='utf-8', newline='') as f: f.write(content)
    rel = 'Tests/PlateLabCLITests/BadInputs/' + path if path else None
    corpus.append({'name': name, 'args': [a.replace('{file}', rel) if rel else a for a in args], 'exit': exit, 'expect': expect})

CHECK = ['check', '{file}']
RUN = ['run', '{file}', '--out', '{out}']

# --- Rule sets (check exits 1 with located findings) ---------------------------------------------------------
R = [
 ('rules-quota-too-large', '  total: 20 ', '  total: 2000 ', 'expected a whole number from 0 to 1000, found 2000'),
 ('rules-quota-negative', '  draws: 5', '  draws: -5', 'expected a whole number from 0 to 1000, found -5'),
 ('rules-quota-word', '  candidates: 10', '  candidates: ten', 'found "ten"'),
 ('rules-per-confirm-over-total', '  per_confirm: 5 ', '  per_confirm: 50 ', '50 numbers per confirm exceed the self-compose total of 20'),
 ('rules-blacklist-8000y', '  lasts: 2y', '  lasts: 8000y', 'expected at most a century (100 years), found 8000y'),
 ('rules-validity-huge', '  valid_for: 5 working days ', '  valid_for: 999999999d ', 'expected at most a century'),
 ('rules-validity-zero', '  valid_for: 5 working days ', '  valid_for: 0 working days ', 'expected a duration longer than zero'),
 ('rules-validity-seconds', '  valid_for: 5 working days ', '  valid_for: 5s ', 'expected a duration in days'),
 ('rules-reuse-huge', '  reuse_after: 0d ', '  reuse_after: 40000 working days ', 'expected at most a century'),
 ('rules-interval-garbage', '  confirm_interval: 8s', '  confirm_interval: soon', 'found "soon"'),
 ('rules-countdown-in-days', '  identity_countdown: 10s', '  identity_countdown: 2 working days', 'expected a duration in seconds, minutes or hours'),
 ('rules-credential-nested-quantifier', '"[A-Z0-9]{15}"', '"([A-Z]+)+"', 'not supported'),
 ('rules-credential-alternation', '"[A-Z0-9]{15}"', '"[A-Z]{15}|[0-9]{15}"', 'not supported'),
 ('rules-credential-anchor', '"[A-Z0-9]{15}"', '"^[A-Z0-9]{15}$"', 'not supported'),
 ('rules-credential-too-long', '"[A-Z0-9]{15}"', '"[A-Z0-9]{100}"', 'at most 63'),
 ('rules-credential-unclosed', '"[A-Z0-9]{15}"', '"[A-Z0-9{15}"', 'not supported'),
 ('rules-shape-too-long', 'shapes: [DDDDD, LDDDD,', 'shapes: [DDDDDDDDDDDD, LDDDD,', 'a serial shape has at most 10 positions'),
 ('rules-shape-bad-letter', 'shapes: [DDDDD, LDDDD,', 'shapes: [DDDDD, LDDQD,', 'invalid serial shape'),
 ('rules-segment-size-huge', 'segments: {size: 100, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300',
  'segments: {size: 100000000, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300', 'expected a whole number from 1 to 1000000, found 100000000'),
 ('rules-publication-huge', 'segments: {size: 100, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300, segments: 20',
  'segments: {size: 1000000, random_only_for: 7d, first_open_to_both: true}\n    publish: {when_available_below: 300, segments: 200', 'more than 100000000 numbers at once'),
 ('rules-unknown-key', '  without_four_option: true', '  without_4_option: true', "did you mean 'without_four_option'?"),
 ('rules-unknown-top-key', '\nblacklist:\n', '\nblacklst:\n', "did you mean 'blacklist'?"),
 ('rules-duplicate-key', '  after_lapses: 1\n', '  after_lapses: 1\n  after_lapses: 2\n', "duplicate key 'after_lapses'"),
 ('rules-missing-key', '  candidates: 10\n', '', "missing required key 'candidates'"),
 ('rules-wrong-schema', 'schema: platelab/rules/v1', 'schema: platelab/rules/v9', "unknown schema 'platelab/rules/v9'; expected one of platelab/rules/v1"),
 ('rules-office-unknown-pool', 'pools: [small-car, small-nev, large-nev]', 'pools: [small-cars, small-nev, large-nev]', "did you mean 'small-car'?"),
 ('rules-holiday-workday', 'extra_workdays: [2026-10-10,', 'extra_workdays: [2026-10-01,', 'listed both as a holiday and as a make-up working day'),
 ('rules-bad-date', '    - 2027-01-01..2027-01-03', '    - 2027-02-30', 'expected a date YYYY-MM-DD or a range'),
 ('rules-range-backwards', '    - 2027-01-01..2027-01-03', '    - 2027-01-03..2027-01-01', 'ends before it starts'),
 ('rules-open-after-close', 'open: "08:00"', 'open: "23:30"', 'is not before closing time'),
 ('rules-change-out-of-order', '  - from: 2027-03-01\n', '  - from: 2027-03-01\n    set: {random.draws: 4}\n  - from: 2027-01-01\n', 'dated changes must be in date order'),
 ('rules-change-unknown-path', 'set: {self_compose.total: 10}', 'set: {self_compose.totl: 10}', "did you mean 'total'?"),
 ('rules-change-makes-invalid', 'set: {self_compose.total: 10}', 'set: {self_compose.total: 2}', '5 numbers per confirm exceed the self-compose total of 2'),
 ('rules-user-kind-both', 'cross_region: [owner_driver, counter_registered]', 'cross_region: [owner_driver, counter_registered, organisation]', "is listed in both home_only and cross_region"),
 ('rules-long-value', 'authority: H', 'authority: ' + 'H' * 300, 'found a text of 300 bytes'),
 ('rules-flow-too-deep', 'authority: H', 'authority: ' + '[' * 300, 'nested deeper than 200 levels'),
 ('rules-non-scalar-key', '\nblacklist:\n', '\n? [a, b]\n: c\nblacklist:\n', 'mapping keys must be plain words'),
 ('rules-yaml-syntax', '  draws: 5', '  draws: [5', 'YAML syntax'),
 ('rules-tab-indent', '  draws: 5', '\tdraws: 5', 'YAML syntax'),
]
for name, old, new, expect in R:
    add(name, 'yaml', mutate(rules, old, new), CHECK, 1, expect)
# Alias bombs: by values and by bytes.
add('rules-alias-values', 'yaml', mutate(rules, 'notice:', 'bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n' + ''.join(
    f'bomb{i}: &b{i} [' + ', '.join([f'*b{i-1}'] * 10) + ']\n' for i in range(1, 8)) + 'notice:'), CHECK, 1, 'too many values')
add('rules-alias-bytes', 'yaml', mutate(rules, 'name: 承德市', 'name: &big ' + 'x' * 65536 + '\n  note: [' + ', '.join(['*big'] * 600) + ']'),
    CHECK, 1, 'too much text')
add('rules-empty-file', 'yaml', '', CHECK, 1, "missing 'schema:' line")
add('rules-not-utf8', 'yaml', None, ['check', 'Tests/PlateLabCLITests/BadInputs/not-utf8.yaml'], 2, 'not UTF-8')
add('rules-missing-file', 'yaml', None, ['check', 'Tests/PlateLabCLITests/BadInputs/no-such-file.yaml'], 2, 'no-such-file.yaml')
add('rules-a-directory', 'yaml', None, ['check', 'Tests/PlateLabCLITests/BadInputs'], 2, 'directory')
add('rules-as-scenario', 'yaml', rules, RUN, 2, 'this is a rule set; a scenario names it in `rules:`')

# --- Overlays (changes files) --------------------------------------------------------------------------------
C = [
 ('changes-unknown-path', '  self_compose.total: 10', '  self_compose.totl: 10', "did you mean 'total'?"),
 ('changes-bad-value', '  self_compose.total: 10', '  self_compose.total: lots', 'found "lots"'),
 ('changes-out-of-range', '  self_compose.total: 10', '  self_compose.total: 5000', 'expected a whole number from 0 to 1000'),
 ('changes-wrong-schema', 'schema: platelab/changes/v1', 'schema: platelab/change/v1', 'platelab/changes/v1'),
 ('changes-unknown-key', 'set:', 'sett:', "did you mean 'set'?"),
 ('changes-set-not-mapping', 'set:\n  self_compose.total: 10', 'set: [1, 2]', 'expected'),
 ('changes-century', '  self_compose.total: 10', '  blacklist.lasts: 101y', 'expected at most a century'),
]
for name, old, new, expect in C:
    add(name, 'yaml', mutate(changes, old, new), CHECK, 1, expect)
# An overlay that is valid alone but breaks the rules it is laid over: located in the overlay.
add('changes-break-rules', 'yaml', mutate(changes, '  self_compose.total: 10', '  self_compose.total: 2'),
    ['run', 'Scenarios/smoke.yaml', '--changes', '{file}', '--out', '{out}'], 2, 'numbers per confirm exceed the self-compose total of 2')
add('changes-unknown-pool', 'yaml', mutate(changes, '  self_compose.total: 10', '  pools.small-cat.segments.size: 50'),
    ['run', 'Scenarios/smoke.yaml', '--changes', '{file}', '--out', '{out}'], 2, "no item with id 'small-cat'; did you mean 'small-car'?")
add('changes-missing', 'yaml', None, ['run', 'Scenarios/smoke.yaml', '--changes', 'no-such-changes.yaml', '--out', '{out}'], 2, 'no-such-changes.yaml')
add('changes-scenario-as-changes', 'yaml', smoke, ['run', 'Scenarios/smoke.yaml', '--changes', '{file}', '--out', '{out}'], 2, 'schema')

# --- Scenarios: check exits 1, run exits 2 ---------------------------------------------------------------------
S = [
 ('scenario-count-huge', '    count: 300', '    count: 1000000000000', 'a whole number from 1 to 10000000'),
 ('scenario-count-zero', '    count: 300', '    count: 0', 'a whole number from 1 to 10000000'),
 ('scenario-per-day-huge', 'per_day: 100,', 'per_day: 100000000000,', 'expected a whole number'),
 ('scenario-period-two-centuries', 'until: 2026-12-03T23:00', 'until: 2226-12-03T23:00', 'at most a century'),
 ('scenario-ends-before-start', 'until: 2026-12-03T23:00', 'until: 2026-11-03T23:00', 'before'),
 ('scenario-burst-and-per-day', '{per_day: 100, pattern: office_hours}', '{per_day: 100, burst_on: 2026-12-02}', "either 'per_day' or 'burst_on'"),
 ('scenario-burst-outside', '{per_day: 100, pattern: office_hours}', '{burst_on: 2027-06-02}', 'outside the period'),
 ('scenario-arrivals-no-rate', '{per_day: 100, pattern: office_hours}', '{pattern: office_hours}', "say when they arrive"),
 ('scenario-step-before-start', '{at: 2026-12-01T09:00, choose_office', '{at: 2026-11-30T09:00, choose_office', 'outside the period'),
 ('scenario-bounds-contradict', '  reserved: {at_least: 200}', '  reserved: {at_least: 200, at_most: 5}', 'no value could meet it'),
 ('scenario-unknown-metric', '  reserved: {at_least: 200}', '  reservd: {at_least: 200}', "did you mean 'reserved'?"),
 ('scenario-unknown-pool-metric', '  pool.small-car.exhausted: false', '  pool.small-cat.exhausted: false', 'small-cat'),
 ('scenario-unknown-office', 'choose_office: chengde-main}', 'choose_office: chengde-mian}', "did you mean 'chengde-main'?"),
 ('scenario-unknown-home', '    user: new_vehicle_owner\n    vehicle: small_car\n    arrivals', '    user: new_vehicle_owner\n    home: hebei-baoding\n    vehicle: small_car\n    arrivals', 'outside_regions'),
 ('scenario-unknown-vehicle', '    vehicle: small_car\n    arrivals', '    vehicle: large_car\n    arrivals', 'no pool of these rules is for large_car'),
 ('scenario-unknown-user-kind', '    user: new_vehicle_owner\n    vehicle: small_car\n    arrivals', '    user: new_owner\n    vehicle: small_car\n    arrivals', 'expected one of new_vehicle_owner, organisation, owner_driver, counter_registered, found "new_owner"'),
 ('scenario-seed-negative', 'seed: 20261201', 'seed: -1', 'expected a whole number from 0 to 18446744073709551615'),
 ('scenario-seed-too-big', 'seed: 20261201', 'seed: 18446744073709551616', 'expected a whole number from 0 to 18446744073709551615'),
 ('scenario-seed-long', 'seed: 20261201', 'seed: ' + '9' * 400, 'found a text of 400 bytes'),
 ('scenario-replications-zero', 'seed: 20261201', 'seed: 20261201\nreplications: 0', 'expected a whole number from 1 to 10000'),
 ('scenario-share-over-one', '{share: 0.9,', '{share: 1.5,', 'expected a share from 0 to 1'),
 ('scenario-mistake-over-one', 'wrong_sms: 0.05', 'wrong_sms: 5', 'expected a share from 0 to 1'),
 ('scenario-missing-rules', 'rules: ' + FIX + 'regions/hebei-chengde.yaml', 'rules: ' + FIX + 'regions/hebei-chengdu.yaml', 'Fixtures/regions/hebei-chengdu.yaml: no such file'),
 ('scenario-published-too-many', '{pool: small-car, published: 40, taken: 0.6}', '{pool: small-car, published: 2000000, taken: 0.6}', 'expected a whole number from 0 to 100000'),
 ('scenario-unknown-pool', '{pool: small-car, published: 40, taken: 0.6}', '{pool: small-cars, published: 40, taken: 0.6}', "did you mean 'small-car'?"),
 ('scenario-duplicate-user', '\nexpect:', '\n  - name: zhang\n    user: new_vehicle_owner\n    vehicle: small_car\n    steps:\n      - {at: 2026-12-01T09:00, choose_office: chengde-main}\nexpect:', "name 'zhang'"),
 ('scenario-step-two-actions', '      - accept_notice', '      - {accept_notice: true, start_selection: true}', 'one action'),
 ('scenario-step-misspelt', '      - accept_notice', '      - accept_notise', "did you mean 'accept_notice'?"),
 ('scenario-unknown-rejection', '{reserved: "02130"}', '{rejected: all_takn}', "did you mean 'all_taken'?"),
 ('scenario-bad-serial', 'compose: ["02130", "02131"]', 'compose: ["0213", "02131"]', '0213'),
 ('scenario-inline-change-bad', 'changes: {self_compose.per_confirm: 3}', 'changes: {self_compose.per_confirm: 300}', 'expected a whole number from 1 to 100'),
 ('scenario-wrong-schema', 'schema: platelab/scenario/v1', 'schema: platelab/scenario/v2', 'platelab/scenario/v1'),
]
for name, old, new, expect in S:
    add(name, 'yaml', mutate(smoke, old, new), CHECK, 1, expect)
# The same kinds through run: not run, exit 2, the finding printed first.
for name, old, new, expect in S[:8]:
    add(name.replace('scenario-', 'run-'), 'yaml', mutate(smoke, old, new), RUN, 2, expect)
big = mutate(smoke, '    count: 300', '    count: 6000000')
cohort = big.split('population:\n')[1].split('users:')[0]
add('scenario-population-total', 'yaml', mutate(big, 'population:\n', 'population:\n' + cohort.replace('local owners', 'others')), CHECK, 1,
    'applicants in all; at most 10000000')
add('scenario-five-years', 'yaml', mutate(smoke, 'until: 2026-12-03T23:00', 'until: 2032-12-03T23:00'), ['check', '--strict', '{file}'], 1, 'over five years')

# --- Case files ----------------------------------------------------------------------------------------------
K = [
 ('cases-unknown-key', '\ncases:\n', '\ncase:\n', "did you mean 'cases'?"),
 ('cases-duplicate-name', '  - name: vehicle not in the registry', '  - name: invalid VIN', "invalid VIN"),
 ('cases-bad-expect', '{rejected: invalid_vin, stage: entering_vehicle}', '{rejected: invalid_vim, stage: entering_vehicle}', "did you mean 'invalid_vin'?"),
 ('cases-bad-stage', '{rejected: invalid_vin, stage: entering_vehicle}', '{rejected: invalid_vin, stage: entering_vehical}', "did you mean 'entering_vehicle'?"),
 ('cases-wrong-schema', 'schema: platelab/cases/v1', 'schema: platelab/cases/v0', 'platelab/cases/v1'),
]
for name, old, new, expect in K:
    add(name, 'yaml', mutate(cases, old, new), ['test', '{file}'], 2, expect)

# --- Sweep part files (merge exits 2 for an unreadable part, 1 for parts that do not make one sweep) ----------------
p = json.loads(part)
def part_with(change, name, exit, expect, both=True):
    q = json.loads(part)
    change(q)
    add(name, 'json', json.dumps(q, ensure_ascii=False, indent=1), ['merge', '{file}', '--out', '{out}'], exit, expect)
# A point outside the grid makes the part unreadable, checked before anything reads the point (repeated, it crashed).
part_with(lambda q: q['rows'][0].update(point=-1), 'part-negative-point', 2, 'a row holds point 0, outside the grid of 2 points (1 to 2)')
part_with(lambda q: q['rows'][0].update(point=10**15), 'part-huge-point', 2, 'outside the grid of 2 points')
part_with(lambda q: q['rows'][0].update(point=7), 'part-point-outside-grid', 2, 'a row holds point 8, outside the grid of 2 points')
part_with(lambda q: (q['rows'][0].update(point=-1), q['rows'].append(dict(q['rows'][0]))), 'part-negative-point-repeated', 2, 'outside the grid')
part_with(lambda q: (q['rows'][0].update(point=2), q['rows'].append(dict(q['rows'][0]))), 'part-point-beyond-repeated', 2, 'a row holds point 3, outside the grid')
part_with(lambda q: q['rows'][0].update(values=['9']), 'part-values-contradict', 1, 'values')
part_with(lambda q: q['grid'][0].update(values=[]), 'part-empty-axis', 2, 'axis')
part_with(lambda q: q['rows'][0]['outcomes'].update(reserved=-5), 'part-negative-count', 2, 'negative')
part_with(lambda q: q['rows'][0].update(replication=0), 'part-replication-zero', 2, 'replication')
part_with(lambda q: q.update(schema='platelab/sweep-part/v7'), 'part-wrong-schema', 2, 'platelab/sweep-part')
part_with(lambda q: q.update(replications=-1), 'part-replications-negative', 2, 'replications')
part_with(lambda q: q.update(seed='x'), 'part-seed-garbage', 2, 'seed')
part_with(lambda q: q['rows'][0]['outcomes'].pop('reserved'), 'part-missing-outcome', 2, "row 1 lacks the outcome 'reserved'")
part_with(lambda q: q.pop('grid'), 'part-no-grid', 2, 'grid')
part_with(lambda q: q.update(shard='3/2'), 'part-bad-shard', 2, 'shard 3/2: expected I/N with 1 ≤ I ≤ N')
part_with(lambda q: q['rows'].append(dict(q['rows'][0])), 'part-duplicate-row', 1, 'point')
add('part-not-json', 'json', '{"schema": "platelab/sweep-part/v2", "rows": [', ['merge', '{file}', '--out', '{out}'], 2, 'JSON')
add('part-empty', 'json', '', ['merge', '{file}', '--out', '{out}'], 2, 'JSON')
add('part-a-scenario', 'json', smoke, ['merge', '{file}', '--out', '{out}'], 2, 'JSON')
add('part-missing', 'json', None, ['merge', 'no-such-part.json', '--out', '{out}'], 2, 'cannot read the file')
add('part-one-of-two', 'json', part, ['merge', '{file}', '--out', '{out}'], 1, 'is in no part; run its shard')

# --- A file of another kind: one line naming what it is and what takes it, never the wrong schema's complaint ----------
add('kind-rules-as-changes', None, None, ['run', 'Scenarios/smoke.yaml', '--changes', RULES, '--out', '{out}'], 2,
    'hebei-chengde.yaml:3:9: error: schema: this is a rule set; a scenario names it in `rules:`, or pass it with --rules')
add('kind-cases-as-changes', None, None, ['check', 'Scenarios/smoke.yaml', '--changes', 'Scenarios/cases/phase-1.yaml'], 1,
    'this is a case file; run its cases with `platelab test Scenarios/cases/phase-1.yaml`')
add('kind-scenario-to-rules-show', None, None, ['rules', 'show', 'Scenarios/smoke.yaml'], 1,
    'smoke.yaml:3:9: error: schema: this is a scenario; run it with `platelab run Scenarios/smoke.yaml` (schema platelab/scenario/v1); expected a rule set')
add('kind-changes-to-rules-show', None, None, ['rules', 'show', 'Scenarios/changes/quota-10.yaml'], 1, 'this is a change file; pass it with --changes')
add('kind-rules-to-explain', None, None, ['explain', RULES, '--user', 'zhang'], 2, 'this is a rule set')
itself = f'{len(corpus) + 1:03d}-kind-scenario-rules-itself.yaml'
add('kind-scenario-rules-itself', 'yaml', mutate(smoke, 'rules: ' + FIX + 'regions/hebei-chengde.yaml', 'rules: ' + itself), CHECK, 1,
    'this is a scenario; run it with')

# --- Command lines (64 wrong usage; 2 an input that cannot be used) -------------------------------------------------
L = [
 (['run', 'Scenarios/smoke.yaml', '--jobs', '-3'], 64, '--jobs must be from 1 to 1024, found -3'),
 (['run', 'Scenarios/smoke.yaml', '--jobs', 'many'], 64, "many"),
 (['run', 'Scenarios/smoke.yaml', '--replications', '0'], 64, '--replications must be from 1 to 10000'),
 (['run', 'Scenarios/smoke.yaml', '--replications', '100000'], 64, '--replications must be from 1 to 10000'),
 (['run', 'Scenarios/smoke.yaml', '--seed', '-1'], 64, '-1'),
 (['run', 'Scenarios/smoke.yaml', '--seed', '18446744073709551616'], 64, '18446744073709551616'),
 (['run', 'Scenarios/smoke.yaml', '--precision', '-1'], 64, '--precision'),
 (['run', 'Scenarios/smoke.yaml', '--out', 'README.md/below'], 2, 'README.md'),
 (['run', 'Scenarios/smoke.yaml', '--junit', 'no-such-folder/junit.xml', '--out', '{out}'], 2, 'no-such-folder'),
 (['run', 'Scenarios/no-such.yaml'], 2, 'no-such.yaml'),
 (['run', 'Scenarios'], 2, 'directory'),
 (['run'], 64, 'Missing expected argument'),
 (['runn', 'Scenarios/smoke.yaml'], 64, 'runn'),
 (['run', 'Scenarios/smoke.yaml', '--repliactions', '3'], 64, '--repliactions'),
 (['sweep', 'Scenarios/smoke.yaml'], 64, '--vary'),
 (['sweep', 'Scenarios/smoke.yaml', '--vary', 'self_compose.total'], 64, 'self_compose.total'),
 (['sweep', 'Scenarios/smoke.yaml', '--vary', 'self_compose.total=5,10', '--shard', '0/2'], 64, '--shard 0/2'),
 (['sweep', 'Scenarios/smoke.yaml', '--vary', 'self_compose.totl=5,10', '--out', '{out}'], 2, "did you mean 'total'?"),
 (['sweep', 'Scenarios/smoke.yaml', '--vary', 'self_compose.total=5,5000', '--out', '{out}'], 2, '1 of 2 grid points do not load; nothing ran'),
 (['sweep', 'Scenarios/smoke.yaml'] + sum([['--vary', f'p{i}=' + ','.join(str(v) for v in range(10))] for i in range(6)], []), 64, 'more than 100000 points'),
 (['compare', 'Scenarios/smoke.yaml'], 64, '--changes'),
 (['compare', 'Scenarios/smoke.yaml', '--changes', 'Scenarios/changes/no-such.yaml', '--out', '{out}'], 2, 'no-such.yaml'),
 (['explain', 'Scenarios/smoke.yaml'], 64, '--user NAME or --applicant N'),
 (['explain', 'Scenarios/smoke.yaml', '--user', 'zhang', '--applicant', '3'], 64, '--user NAME or --applicant N'),
 (['explain', 'Scenarios/smoke.yaml', '--user', 'zhnag'], 2, "did you mean 'zhang'?"),
 (['explain', 'Scenarios/smoke.yaml', '--applicant', '300'], 2, '300 applicants arrive in this run'),
 (['explain', 'Scenarios/smoke.yaml', '--applicant', '-1'], 2, 'no applicant -1'),
 (['bench', '--applicants=-1'], 64, '--applicants must be from 1 to 10000000, found -1'),
 (['bench', '--numbers', '0'], 64, '--numbers must be from 1 to 10000000'),
 (['serve', '--port', '70000'], 64, '--port must be 0...65535'),
 (['serve', '--idle-minutes', '9223372036854775807'], 64, '--idle-minutes must be from 1 to 10080'),
 (['serve', '--max-sessions', '0'], 64, '--max-sessions must be from 1 to 1000000'),
 (['serve', '--sessions-per-client', '-1'], 64, '--sessions-per-client must be from 1 to 1000000'),
 (['serve', '--rules', 'Scenarios/smoke.yaml', '--port', '0'], 2, 'schema'),
 (['test', 'no-such-folder'], 2, 'no-such-folder'),
 (['test', 'Scenarios/cases', '--jobs', '0'], 64, '--jobs must be from 1 to 1024'),
 (['schema', 'rulez'], 64, 'rulez'),
 (['check'], 64, 'Missing expected argument'),
]
for args, exit, expect in L:
    add('cli-' + '-'.join(a.strip('-').replace('/', '_').replace('=', '_')[:12] for a in args[:3]), None, None, args, exit, expect)

with open('corpus.json', 'w', encoding='utf-8') as f:
    json.dump(corpus, f, ensure_ascii=False, indent=1)
    f.write('\n')
print(len(corpus), 'bad inputs')
