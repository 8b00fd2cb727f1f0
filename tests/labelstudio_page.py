"""Open a Label Studio project's labelling page in headless Chromium and say what it shows.

Run with the Python of ``.venv-ls`` (selenium, with Debian's chromium and
chromium-driver): ``labelstudio_page.py URL PROJECT USER PASSWORD [SCREENSHOT]``.
Prints one JSON line: the number of highlighted regions in the text and the
region labels of the side panel. Exit status 3: no browser here.
"""
from __future__ import annotations

import json
import shutil
import sys
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--window-size=1400,1000"]


def main(url: str, project: str, user: str, password: str, shot: str = "") -> None:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        print("chromium and chromium-driver are not installed (Debian packages)")
        sys.exit(3)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in FLAGS:
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(driver), options=options)
    try:
        browser.get(url + "/user/login/")
        browser.find_element(By.NAME, "email").send_keys(user)
        browser.find_element(By.NAME, "password").send_keys(password)
        browser.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]").click()
        _wait(lambda: "/user/login" not in browser.current_url, 30)
        browser.get(f"{url}/projects/{project}/data?labeling=1")
        _wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".htx-highlight"), 90)
        time.sleep(1)
        regions = len(browser.find_elements(By.CSS_SELECTOR, ".htx-highlight"))
        panel = browser.find_element(By.TAG_NAME, "body").text
        labels = sorted({w for w in ("date", "published", "program", "official", "rank", "statistic")
                         if f"\n{w}\n" in f"\n{panel}\n" or f"{w} " in panel})
        if shot:
            browser.save_screenshot(shot)
        print(json.dumps({"regions": regions, "labels": labels}))
    finally:
        browser.quit()


def _wait(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"page not ready after {seconds:.0f} s")
        time.sleep(0.5)


if __name__ == "__main__":
    main(*sys.argv[1:])
