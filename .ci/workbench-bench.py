#!/usr/bin/env python3
"""The workbench's speed, as its issue asks for it (a benchmark, not a timed test): a stored study's page, the study
list with 10,000 studies, and the year-end rush with 10 replications and one variant in the workbench against
`platelab compare` on the command line, alternating, each on a seed of its own (so neither comes from the store).
Usage: .ci/workbench-bench.py RELEASE_PLATELAB [TRIALS]   (run in the PlateLab folder; prints a Markdown table)"""
import http.cookiejar, json, os, re, shutil, sqlite3, statistics, subprocess, sys, tempfile, time, urllib.parse, urllib.request

binary = os.path.abspath(sys.argv[1])
trials = int(sys.argv[2]) if len(sys.argv) > 2 else 2
env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
data = tempfile.mkdtemp(prefix="workbench-bench-")
subprocess.run([binary, "workbench", "--data", data, "--add-user", "bench"], input="bench-password\n", text=True,
               check=True, env=env, stdout=subprocess.DEVNULL)
token = subprocess.run([binary, "workbench", "--data", data, "--new-token", "bench"], capture_output=True, text=True,
                       check=True, env=env).stdout.strip()
server = subprocess.Popen([binary, "workbench", "--data", data, "--port", "0"], stdout=subprocess.PIPE, text=True, env=env)
site = re.search(r"(http://[0-9.:]+)/", server.stdout.readline()).group(1)
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def api(method, path, body=None):
    request = urllib.request.Request(site + path, method=method, data=json.dumps(body).encode() if body else None,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())

def workbench_study(seed):
    start = time.perf_counter()
    study = api("POST", "/api/studies", {"scenario": "Scenarios/chengde-year-end-rush.yaml", "replications": 10,
                                         "seed": seed, "variants": [{"name": "quota-10", "set": {"self_compose.total": 10}}]})
    while api("GET", f"/api/studies/{study['id']}")["status"] in ("queued", "running"):
        time.sleep(0.05)
    return time.perf_counter() - start, study["id"]

def command_line(seed):
    work = tempfile.mkdtemp(prefix="workbench-bench-cli-")
    shutil.copy("Scenarios/changes/quota-10.yaml", os.path.join(work, "quota-10.yaml"))
    start = time.perf_counter()
    subprocess.run([binary, "compare", os.path.abspath("Scenarios/chengde-year-end-rush.yaml"), "--changes",
                    os.path.join(work, "quota-10.yaml"), "--replications", "10", "--seed", str(seed), "--out",
                    os.path.join(work, "out")], env=env, stdout=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    shutil.rmtree(work)
    return elapsed

def timed_get(path, times=20):
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        with opener.open(site + path) as response:
            response.read()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, max(samples) * 1000

try:
    bench, cli, study = [], [], None
    for trial in range(trials):
        cli.append(command_line(1000 + trial))
        elapsed, study = workbench_study(2000 + trial)
        bench.append(elapsed)
    # 10,000 studies in the list: copies of the finished one's row, as many authors' weeks of work would leave.
    db = sqlite3.connect(os.path.join(data, "workbench.sqlite"))
    row = db.execute("SELECT * FROM study WHERE id = ?", (study,)).fetchone()
    columns = [c[1] for c in db.execute("PRAGMA table_info(study)")]
    base = db.execute("SELECT MAX(sequence) FROM study").fetchone()[0]
    rows = []
    for n in range(10_000 - db.execute("SELECT COUNT(*) FROM study").fetchone()[0]):
        copy = dict(zip(columns, row))
        copy["id"], copy["sequence"] = f"bench{n:011d}", base + 1 + n
        rows.append(tuple(copy[c] for c in columns))
    db.executemany(f"INSERT INTO study ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
    db.commit()
    count = db.execute("SELECT COUNT(*) FROM study").fetchone()[0]
    db.close()
    page = opener.open(site + "/sign-in").read().decode()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    opener.open(site + "/sign-in", urllib.parse.urlencode({"csrf": csrf, "name": "bench", "password": "bench-password"}).encode())
    stored = timed_get(f"/studies/{study}")
    listed = timed_get("/")
    searched = timed_get("/?path=self_compose.total")
    print(f"| measure | median | slowest of 20 |")
    print(f"|---|---|---|")
    print(f"| a stored study's page | {stored[0]:.1f} ms | {stored[1]:.1f} ms |")
    print(f"| the study list, {count} studies (first page of 100) | {listed[0]:.1f} ms | {listed[1]:.1f} ms |")
    print(f"| the list searched by rule path, {count} studies | {searched[0]:.1f} ms | {searched[1]:.1f} ms |")
    print()
    print(f"year-end rush, 10 replications, one variant ({trials} trials each, alternating):")
    print(f"  platelab compare: {', '.join(f'{t:.2f}' for t in cli)} s (median {statistics.median(cli):.2f} s)")
    print(f"  workbench, submit to done: {', '.join(f'{t:.2f}' for t in bench)} s (median {statistics.median(bench):.2f} s)")
finally:
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)
