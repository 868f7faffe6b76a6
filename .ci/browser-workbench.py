#!/usr/bin/env python3
"""The policy workbench in headless Chromium (selenium + chromedriver), as a new user meets it: sign in, choose the
year-end rush, set the self-compose total to 10, run 3 replications, see a verdict; open the share link as a second
user (read-only), download the command and the change file, run the command, and compare its compare.md byte for byte
with the workbench's (and with the one in the report ZIP); the same study again comes from the results store; a sweep
of three values runs in the browser.
Usage: .ci/browser-workbench.py PLATELAB_BINARY OUT_DIR   (run in the PlateLab folder)
(exit 0 passed, 1 failed, 3 selenium, chromium or chromedriver is missing: the test cannot run here)"""
import io, os, re, shutil, subprocess, sys, tempfile, time, urllib.request, zipfile
try:
    import selenium
except ImportError:
    print("error: selenium is not installed (pip install selenium)", file=sys.stderr)
    sys.exit(3)
for program in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
    if not shutil.which(program):
        print(f"error: {program} is missing (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        sys.exit(3)
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium.common.exceptions import StaleElementReferenceException

binary, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
os.makedirs(out_dir, exist_ok=True)
repo = os.getcwd()
data = tempfile.mkdtemp(prefix="workbench-data-")
env = dict(os.environ, SWIFT_BACKTRACE="enable=no")
for name, password in (("alice", "alice-password-1"), ("bob", "bob-password-22")):
    subprocess.run([binary, "workbench", "--data", data, "--add-user", name], input=password + "\n", text=True,
                   check=True, env=env, stdout=subprocess.DEVNULL)
server = subprocess.Popen([binary, "workbench", "--data", data, "--port", "0"], stdout=subprocess.PIPE, text=True,
                          env=env)
site = None
for _ in range(4):
    line = server.stdout.readline()
    if m := re.search(r"platelab workbench: (http://[0-9.:]+)/", line):
        site = m.group(1)
        break
assert site, "the workbench printed no address"

options = Options()
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600", "--lang=zh-CN"]:
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
failures = []

def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)

def shoot(name):
    path = os.path.join(out_dir, name + ".png")
    driver.save_screenshot(path)
    check(os.path.getsize(path) > 1000, f"screenshot {name} is empty")

def text():
    """The page's text; "" while a new page replaces the old (a wait asks again)."""
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    except StaleElementReferenceException:
        return ""

def sign_in(name, password):
    driver.delete_all_cookies()
    driver.get(site + "/sign-in")
    driver.find_element(By.NAME, "name").send_keys(name)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.sign-in button").click()
    WebDriverWait(driver, 10).until(lambda d: "新建研究" in text())

def fetch(path):
    """GET with the browser's session cookie: what a click on a download link saves."""
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
    request = urllib.request.Request(site + path, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()

def wait_done(timeout=600):
    WebDriverWait(driver, timeout, poll_frequency=1).until(
        lambda d: "已完成" in text() or "失败" in text() or "已中断" in text())
    check("已完成" in text(), f"the study did not finish: {text()[:300]}")

try:
    sign_in("alice", "alice-password-1")
    shoot("1-study-list-empty")
    driver.find_element(By.LINK_TEXT, "新建研究 New study").click()
    Select(driver.find_element(By.NAME, "scenario")).select_by_value("Scenarios/chengde-year-end-rush.yaml")
    driver.find_element(By.CSS_SELECTOR, "form.choose button").click()
    WebDriverWait(driver, 10).until(lambda d: "hebei-chengde" in text())
    now = driver.find_element(By.XPATH, "//tr[td/code='self_compose.total']/td[@class='now']").text
    check(now.startswith("20"), f"the form shows the rule set's self-compose total 20, found {now!r}")
    check("one source says 50" in now and "from 2027-03-01: 10" in now,
          f"beside it the rule set's note and its dated change: {now!r}")
    name = driver.find_element(By.NAME, "v1.name")
    name.clear()
    name.send_keys("quota-10")
    driver.find_element(By.NAME, "v1:self_compose.total").send_keys("10")
    replications = driver.find_element(By.NAME, "replications")
    replications.clear()
    replications.send_keys("3")
    shoot("2-new-study-form")
    driver.find_element(By.CSS_SELECTOR, "form.study p.settings button").click()
    WebDriverWait(driver, 10).until(lambda d: "/studies/" in d.current_url and "new" not in d.current_url)
    link = driver.current_url
    shoot("3-study-running")
    wait_done()
    page = text()
    check("lower" in page or "higher" in page, "the console shows a verdict")
    summary = driver.find_elements(By.CSS_SELECTOR, "ul.summary li")
    check(any("自编预选成功" in item.text and "reserved by self-compose" in item.text for item in summary),
          f"the summary says, in both languages, that fewer reserved by self-compose: {[i.text for i in summary]}")
    command = driver.find_element(By.ID, "command").text
    check(command == "platelab compare Scenarios/chengde-year-end-rush.yaml --changes quota-10.yaml --replications 3",
          f"the command shown: {command!r}")
    shoot("4-study-done")

    sign_in("bob", "bob-password-22")
    driver.get(link)
    check("已完成" in text() and "复制为新研究" in text(), "the share link opens for a colleague")
    check(not driver.find_elements(By.NAME, "note"), "a colleague sees no note form (read-only)")
    shoot("5-shared-read-only")
    downloaded = fetch(link[len(site):] + "/command.txt").decode().strip()
    check(downloaded == command, f"the downloaded command is the one shown: {downloaded!r}")
    change = fetch(link[len(site):] + "/changes/quota-10.yaml")
    workbench_md = fetch(link[len(site):] + "/report/compare.md")
    archive = zipfile.ZipFile(io.BytesIO(fetch(link[len(site):] + "/report.zip")))
    check(archive.read("compare.md") == workbench_md, "the report ZIP holds the same compare.md")

    # Reproduce on the command line, in a folder laid out as the PlateLab folder, with the change file beside it.
    work = tempfile.mkdtemp(prefix="workbench-repro-")
    os.symlink(os.path.join(repo, "Scenarios"), os.path.join(work, "Scenarios"))
    with open(os.path.join(work, "quota-10.yaml"), "wb") as f:
        f.write(change)
    words = downloaded.split()
    subprocess.run([binary] + words[1:], cwd=work, env=env, stdout=subprocess.DEVNULL)
    with open(os.path.join(work, "Reports/chengde-year-end-rush-compare/compare.md"), "rb") as f:
        cli_md = f.read()
    check(cli_md == workbench_md, "the command line's compare.md is byte for byte the workbench's")

    # The same study again, copied by the colleague: from the store.
    driver.find_element(By.LINK_TEXT, "复制为新研究 Copy as a new study").click()
    WebDriverWait(driver, 10).until(lambda d: "复制自研究" in text())
    driver.find_element(By.CSS_SELECTOR, "form.study p.settings button").click()
    WebDriverWait(driver, 10).until(lambda d: "/studies/" in d.current_url and "new" not in d.current_url)
    wait_done(60)
    check("来自结果库" in text(), "the same study a second time comes from the store")
    shoot("6-copy-from-store")
    # A sweep in the browser: the self-compose total over three values, two replications each.
    driver.get(site + "/sweeps/new")
    Select(driver.find_element(By.NAME, "scenario")).select_by_value("Scenarios/smoke.yaml")
    Select(driver.find_element(By.NAME, "axis1.path")).select_by_value("self_compose.total")
    values = driver.find_element(By.NAME, "axis1.values")
    values.clear()
    values.send_keys("5..15/5")
    replications = driver.find_element(By.NAME, "replications")
    replications.clear()
    replications.send_keys("2")
    shoot("7-new-sweep")
    driver.find_element(By.CSS_SELECTOR, "form.sweep p.settings button").click()
    WebDriverWait(driver, 10).until(lambda d: "/studies/" in d.current_url)
    wait_done(120)
    check("self_compose.total=5,10,15" in text(), "the sweep's page names its grid")
    check(driver.find_elements(By.CSS_SELECTOR, "iframe[src$='sweep.html']"), "the sweep's charts are shown")
    sweep_csv = fetch(driver.current_url[len(site):] + "/report/sweep.csv").decode()
    check(len(sweep_csv.strip().split("\n")) == 4, f"sweep.csv has a row per point: {sweep_csv[:200]}")
    shoot("8-sweep-done")
    driver.get(site + "/")
    check(len(driver.find_elements(By.CSS_SELECTOR, "table.studies tbody tr")) == 3, "the list shows the three studies")
    shoot("9-study-list")
finally:
    driver.quit()
    server.terminate()
    server.wait(timeout=10)
    shutil.rmtree(data, ignore_errors=True)

if failures:
    print(f"{len(failures)} checks failed")
    sys.exit(1)
print("the workbench in a browser: signed in, ran, shared, reproduced byte for byte, reused from the store")
