"""Drives the checker's page in Chromium (Selenium with the system chromedriver) against a
running `glossa serve`: types an article with known problems, sees each one underlined, applies
a fix and sees the text change and the finding go, looks up a name, reads the memory's matches
for the sentence at the cursor; then aligns an article with its translation, downloads the TMX
and adds the units to the memory; and saves screenshots.

    python3 scripts/check-page-in-browser.py URL SCREENSHOT_FOLDER
"""
import json
import os
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

url, folder = sys.argv[1], sys.argv[2]
options = Options()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,860"]:
    options.add_argument(argument)
downloads = tempfile.mkdtemp()
options.add_experimental_option("prefs", {"download.default_directory": downloads})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def wait_for(condition, what, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out waiting for " + what)


try:
    driver.get(url)
    wait_for(lambda: driver.find_element(By.ID, "status").text, "the first check")
    article = (
        "Η Πιονγκγιάνγκ υποδέχθηκε τον υπουργό. Στην Πιονγιάνγκ έγιναν συνομιλίες.\n"
        "Ο υπουργός είπε ό,τι είχε να πει στην πόλη.Σύμφωνα με πηγές, η επίσκεψη ήταν σύντομη."
    )
    editor = driver.find_element(By.ID, "text")
    editor.send_keys(article)
    marks = wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#backdrop mark")) >= 2 and
                     driver.find_elements(By.CSS_SELECTOR, "#backdrop mark"), "two underlined problems")
    underlined = sorted(mark.get_attribute("textContent") for mark in marks)
    assert underlined == ["Πιονγιάνγκ", "πόλη.Σύμφωνα"], underlined
    names = wait_for(lambda: driver.find_element(By.ID, "names").text, "the names panel")
    assert "Πιονγκγιάνγκ / Pyongyang" in names, names
    items = driver.find_elements(By.CSS_SELECTOR, "#findings li")
    assert len(items) == 2, [item.text for item in items]
    driver.save_screenshot(folder + "/page-findings.png")

    # Apply the fix of the name: the text changes, and that finding goes.
    fix = [b for b in driver.find_elements(By.CSS_SELECTOR, "#findings button") if b.text.endswith("Πιονγκγιάνγκ")][0]
    fix.click()
    wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#findings li")) == 1, "one finding left")
    value = editor.get_attribute("value")
    assert "Στην Πιονγκγιάνγκ" in value and "Πιονγιάνγκ" not in value, value

    # Fix all safe ones: the missing space.
    driver.find_element(By.ID, "fix-all").click()
    wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#findings li")) == 0, "no findings left")
    assert "πόλη. Σύμφωνα" in editor.get_attribute("value")

    # Look up a name in another spelling.
    lookup = driver.find_element(By.ID, "lookup")
    lookup.send_keys("Πιονγιάνγκ", Keys.ENTER)
    result = wait_for(lambda: driver.find_element(By.ID, "lookup-result").text, "a lookup result")
    assert "Πιονγκγιάνγκ" in result and "Pyongyang" in result, result

    # The memory's matches of the sentence at the cursor: the server's memory holds the first one.
    editor.send_keys(Keys.CONTROL, Keys.HOME)
    editor.click()
    driver.execute_script("arguments[0].setSelectionRange(5, 5); arguments[0].click();", editor)
    memory = wait_for(lambda: driver.find_element(By.ID, "memory").text, "the memory panel")
    assert "Pyongyang welcomed the minister." in memory, memory

    # The English switch.
    driver.find_element(By.ID, "language").click()
    assert driver.find_element(By.ID, "findings-title").text == "Findings"
    driver.save_screenshot(folder + "/page-english.png")
    driver.find_element(By.ID, "language").click()

    # The alignment view: an article and its translation become sentence pairs.
    driver.find_element(By.ID, "show-align").click()
    assert not driver.find_element(By.ID, "check-view").is_displayed()
    source = (
        "Ο υπουργός Εξωτερικών έφτασε χθες στη Βαρσοβία. Συναντήθηκε με τον Πολωνό ομόλογό του. "
        "Οι δύο άνδρες συζήτησαν για την ενέργεια και τα σύνορα."
    )
    target = (
        "The foreign minister arrived in Warsaw yesterday. He met his Polish counterpart. "
        "The two men discussed energy and the border."
    )
    driver.find_element(By.ID, "source").send_keys(source)
    driver.find_element(By.ID, "target").send_keys(target)
    driver.find_element(By.ID, "align").click()
    rows = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#beads tbody tr"), "the sentence pairs")
    cells = [[cell.text for cell in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    assert [c[2] for c in cells] == ["1-1", "1-1", "1-1"], cells
    assert cells[0][1] == "The foreign minister arrived in Warsaw yesterday.", cells
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(folder + "/page-align.png")

    # The TMX, downloaded.
    driver.find_element(By.ID, "download-tmx").click()
    path = os.path.join(downloads, "alignment.tmx")
    wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 0, "the downloaded TMX")
    with open(path, encoding="utf-8") as tmx:
        document = tmx.read()
    assert document.count("</tu>") == 3 and "He met his Polish counterpart." in document, document

    # Added to the memory, which then finds the pairs.
    driver.find_element(By.ID, "add-to-memory").click()
    status = wait_for(lambda: "3" in driver.find_element(By.ID, "align-status").text and
                      driver.find_element(By.ID, "align-status").text, "the memory's answer")
    assert status.startswith("Στη μνήμη: 3 νέες"), status
    request = urllib.request.Request(
        url.rstrip("/") + "/v1/tm/search", method="POST", headers={"Content-Type": "application/json"},
        data=json.dumps({"text": "Συναντήθηκε με τον Πολωνό ομόλογό του."}).encode())
    with urllib.request.urlopen(request) as response:
        matches = json.load(response)["matches"]
    assert matches and matches[0]["unit"]["target"] == "He met his Polish counterpart.", matches
    print("the page: problems underlined, names listed, fixes applied, a name looked up, the memory asked, English "
          "switch; an article aligned, its TMX downloaded and its units added to the memory")
finally:
    driver.quit()
