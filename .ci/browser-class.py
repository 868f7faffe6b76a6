#!/usr/bin/env python3
"""A class of three trainees in headless Chromium (selenium + chromedriver): the trainer signs in and opens a class,
three trainees join by its code and each reaches a practice number, by self-compose and by random draws, one of them
meeting "all N numbers already pre-selected"; the trainer's class page shows their progress. Asserts on what the pages
show and saves screenshots. Usage: .ci/browser-class.py PLATELAB_BINARY OUT_DIR
(exit 0 passed, 1 failed, 3 selenium, chromium or chromedriver is missing: the test cannot run here)"""
import os, re, shutil, subprocess, sys, time
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
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

binary, out_dir = sys.argv[1], sys.argv[2]
os.makedirs(out_dir, exist_ok=True)
server = subprocess.Popen([binary, "serve", "--port", "0"], stdout=subprocess.PIPE, text=True)
site = password = None
for _ in range(3):
    line = server.stdout.readline()
    if m := re.search(r"practice site on (http://[0-9.:]+)/", line): site = m.group(1)
    if m := re.search(r"trainer password: (\S+)", line): password = m.group(1)
    if site and password: break
assert site and password, "the server printed no address or password"

options = Options()
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=390,1400"]:  # a phone's width
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))  # Debian's: no download attempted
failures = []

def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL:", what)

def shoot(name):
    path = os.path.join(out_dir, name + ".png")
    driver.save_screenshot(path)
    check(os.path.getsize(path) > 1000, f"screenshot {name} is empty")

FETCHED = ("key", "erase", "clear", "entry", "add")  # keyboard forms the script posts without a page load

def submit(button, fetched=False):
    """Clicks a form's button and waits for the page the post leads to (post/redirect/get): a new document, or for the
    keyboard's forms the body the script puts in place of the old one."""
    if fetched:
        driver.execute_script("var i = document.createElement('i'); i.id = 'plate-old'; document.body.appendChild(i)")
        button.click()
        WebDriverWait(driver, 15).until(lambda d: not d.execute_script("return !!document.getElementById('plate-old')"))
        return
    old = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, 15).until(lambda d: gone(old))

def gone(element):
    """Whether the page holding `element` has been replaced. Mid-navigation Chrome may answer "node does not belong
    to the document" instead of "stale": both mean gone."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:  # StaleElementReferenceException is one
        return True

def press(name, value=None):
    """Presses the button of the form posting to the session's action `name` (with field value `value`)."""
    forms = driver.find_elements(By.CSS_SELECTOR, f'form[action$="/{name}"]')
    for form in forms:
        if value is None or form.find_elements(By.CSS_SELECTOR, f'input[value="{value}"]'):
            submit(form.find_element(By.CSS_SELECTOR, "button"), fetched=name in FETCHED)
            return
    raise AssertionError(f"no {name} button" + (f" for {value}" if value else ""))

def text():
    return driver.find_element(By.TAG_NAME, "body").text

def chinese_drawn():
    """Whether the page's own font draws a Chinese character as a glyph: without a CJK font Chromium draws every
    character it lacks as the same missing-glyph box, the one it draws for an unassigned code point."""
    return driver.execute_script("""
        var canvas = document.createElement('canvas'); canvas.width = canvas.height = 64;
        var pen = canvas.getContext('2d');
        pen.font = '48px ' + getComputedStyle(document.body).fontFamily;
        function pixels(text) { pen.clearRect(0, 0, 64, 64); pen.fillText(text, 4, 52); return pen.getImageData(0, 0, 64, 64).data.join(); }
        var box = pixels('\\u{10FFFD}');
        return pixels('选') !== box && pixels('号') !== box && pixels('选') !== pixels('号');
    """)

def code_on_page():
    return driver.find_element(By.CSS_SELECTOR, ".sms-code").text

def through_identity():
    press("enter")
    submit(driver.find_element(By.CSS_SELECTOR, 'form[action$="/office"] button'))  # the first office, a small car
    press("agree")
    driver.find_element(By.ID, "vin").send_keys("LFV3A23C1K0000001")
    driver.find_element(By.ID, "credential").send_keys("ABCDE1234567890")
    submit(driver.find_element(By.CSS_SELECTOR, 'form[action$="/vehicle"] button'))
    press("getcode")
    driver.find_element(By.ID, "code").send_keys(code_on_page())
    submit(driver.find_element(By.CSS_SELECTOR, 'form[action$="/code"] button'))
    check("选号服务说明" in text(), "the service notes after the code")
    press("begin")
    press("getcode")
    code = code_on_page()
    driver.find_element(By.ID, "code").send_keys(code)
    time.sleep(1.5)  # the 10 s identity countdown at ×10
    submit(driver.find_element(By.CSS_SELECTOR, 'form[action$="/identity"] button'))
    check("自编选号" in text() and driver.find_elements(By.CSS_SELECTOR, ".keyboard"), "the keyboard after the identity check")

def entries():
    """The numbers typed so far (read in the page, so a body being replaced cannot go stale under us)."""
    return driver.execute_script("var e = document.querySelector('.entries'); return e ? e.innerText : ''")

def type_number(prefer="8", plan=""):
    """Types one number on the virtual keyboard, at each position `plan`'s key there when enabled, else the first
    enabled of `prefer`'s keys, else the first. With the script on, a key is fetched without a page load: the page
    stays (a marker set on it survives) and the focus stays on the keyboard."""
    driver.execute_script("window.plateMarker = 1")
    for position in range(8):
        if "✓" in entries().split("\n")[-1]: return
        buttons = [b for b in driver.find_elements(By.CSS_SELECTOR, ".keyboard button.key") if b.is_enabled()]
        if not buttons: return
        keys = [b.text for b in buttons]
        wanted = plan[position:position + 1] + prefer
        key = next((k for k in wanted if k in keys), keys[0])
        submit(buttons[keys.index(key)], fetched=True)
        check(driver.execute_script("return window.plateMarker") == 1, "a key press reloaded the page")
        focused = driver.switch_to.active_element
        on_keyboard = "key" in (focused.get_attribute("class") or "").split() or focused.get_attribute("id") == "confirm"
        check(focused.tag_name == "button" and on_keyboard, "the focus left the keyboard (and confirm)")

def reserve_by_random():
    press("mode", "random")
    press("draw")
    serial = driver.find_element(By.CSS_SELECTOR, 'ol.batch input[name="serial"]').get_attribute("value")
    press("keep", serial)
    press("confirm-backup", serial)
    check("号牌无效" in text() and serial in text(), f"the random reservation of {serial}")

try:
    driver.get(site + "/trainer")
    check("培训老师密码" in text(), "the trainer panel asks for the password")
    check(chinese_drawn(), "Chinese text is drawn as boxes: no CJK font (Debian: fonts-noto-cjk)")
    driver.find_element(By.ID, "password").send_keys(password)
    submit(driver.find_element(By.CSS_SELECTOR, 'form[action="/trainer/login"] button'))
    check("开设班级" in text(), "the trainer panel after signing in: " + text()[:300])
    form = driver.find_element(By.CSS_SELECTOR, 'form[action="/trainer/classes"]')
    form.find_element(By.CSS_SELECTOR, 'input[value="popular_going_fast"]').click()
    form.find_element(By.CSS_SELECTOR, 'select[name="speed"] option[value="10"]').click()
    seats = form.find_element(By.NAME, "seats"); seats.clear(); seats.send_keys("3")
    submit(form.find_element(By.CSS_SELECTOR, "button"))
    class_url = driver.current_url.split("?")[0]
    code = driver.find_element(By.CSS_SELECTOR, ".class-code").text
    check(re.fullmatch(r"[A-Z0-9]{6}", code) is not None, f"a six-character class code ({code})")

    trainees = []
    for n in range(3):
        driver.get(site + "/join")
        driver.find_element(By.ID, "code").send_keys(code.lower() if n == 1 else code)
        submit(driver.find_element(By.CSS_SELECTOR, 'form[action="/join"] button'))
        check("/s/" in driver.current_url, f"trainee {n + 1} joined: {driver.current_url} {text()[:200]}")
        trainees.append(driver.current_url)

    # Trainee 1: self-compose, the first numbers the keyboard offers (rarely the popular ones).
    driver.get(trainees[0]); through_identity()
    for attempt in range(4):
        type_number(prefer="0123")
        time.sleep(1)  # the confirm interval at ×10
        press("compose")
        if "号牌无效" in text(): break
    check("号牌无效" in text(), "trainee 1 reserved by self-compose")
    shoot("trainee-1-self-compose")

    # Trainee 2: random draws.
    driver.get(trainees[1]); through_identity(); reserve_by_random()
    shoot("trainee-2-random")

    # Trainee 3: five lucky numbers at once; in the rush they are gone: "all 5 taken", the count drops by 5. The
    # second is first typed as a repeat of the first: the page says so, and it is cleared and typed anew.
    driver.get(trainees[2]); through_identity()
    plans = ["02199", "02188", "02166", "02299", "02288"]
    type_number(plan=plans[0])
    press("add"); type_number(plan=plans[0])
    check(driver.find_elements(By.CSS_SELECTOR, '.entries .repeat[data-reason="repeated_number"]') and "与第 1 个号码重复" in entries(),
          "the page marks a number typed twice: " + entries())
    press("clear")
    type_number(plan=plans[1])
    for plan in plans[2:]:
        press("add"); type_number(plan=plan)
    typed = [line.split("·")[-1][:5] for line in entries().split("\n") if "·" in line]
    check(len(set(typed)) == 5 and not driver.find_elements(By.CSS_SELECTOR, ".entries .repeat"), f"five different numbers typed: {typed}")
    before = int(re.search(r"剩余自编次数: (\d+)", text().replace("：", ": ")).group(1))
    time.sleep(1)
    press("compose")
    page = text()
    taken = re.search(r"所选号码（([^）]*)）均已被选用，剩余自编次数 (\d+) 次", page)
    check(taken is not None and len(taken.group(1).split(", ")) == 5 and int(taken.group(2)) == before - 5,
          "trainee 3 met all 5 numbers taken, the count down by 5: " + page[:600])
    check(driver.find_elements(By.CSS_SELECTOR, '[role="alert"][data-reason="all_taken"]'), "the all-taken message is an alert")
    shoot("trainee-3-all-taken")
    driver.refresh()  # a refresh repeats nothing
    check(f"剩余自编次数: {before - 5}" in text().replace("：", ": "), "a refresh did not confirm again")
    reserve_by_random()

    driver.get(class_url)
    page = text()
    check(page.count("已预选") == 3, "the class page shows three practice numbers")
    shoot("class-page")
finally:
    driver.quit()
    server.terminate()

print("browser class test:", "passed" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
