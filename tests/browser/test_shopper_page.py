"""The shopper's returns page in a real Chromium: a return started online ends with a QR code
that reads back as the kiosk expects, with or without JavaScript, every field labelled, in
three languages, and no form taken without its CSRF token."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from central.settings import Settings
from central.web import base, shopper
from kiosk.workflow.authorisations import parse_authorisation_code
from tests.browser.pages import submit
from tests.central.support import Central, order_document, order_line, policy_document, start_central

TEMPLATES = Path(base.TEMPLATES) / "shopper"


@pytest.fixture(autouse=True)
def fresh_rate_limits(central_site: Central) -> None:
    """Each test starts with a full allowance (the limits themselves are tested below)."""
    central_site.server.app.state.shopper_limits = None


def new_order(site: Central, **line: Any) -> dict[str, Any]:
    store = site.new_store()
    document = order_document(store, lines=[order_line("L1", quantity=2, **line), order_line("L2")])
    site.load(document)
    return document


def find_order(driver: Any, site: Central, document: dict[str, Any], lang: str = "") -> None:
    driver.get(f"{site.url}/returns{'?lang=' + lang if lang else ''}")
    driver.find_element(By.ID, "number").send_keys(document["number"])
    driver.find_element(By.ID, "email").send_keys(document["customer"]["email"])
    submit(driver)


def choose_first_line(driver: Any, reason: str = "too_large") -> None:
    Select(driver.find_element(By.ID, "line-0-quantity")).select_by_value("1")
    Select(driver.find_element(By.ID, "line-0-reason")).select_by_value(reason)
    Select(driver.find_element(By.ID, "line-0-condition")).select_by_value("unopened")
    driver.find_element(By.ID, "resolution-refund").click()
    submit(driver)


def start_return(driver: Any, site: Central, document: dict[str, Any]) -> str:
    """The whole journey; the authorisation code shown at the end."""
    find_order(driver, site, document)
    assert driver.current_url.endswith("/returns/items"), driver.page_source[:2000]
    choose_first_line(driver)
    assert driver.current_url.endswith("/returns/review"), driver.find_element(By.TAG_NAME, "main").text[:1000]
    assert "Can be returned" in driver.find_element(By.TAG_NAME, "main").text
    submit(driver, "form[action='/returns/confirm'] button")
    return str(driver.find_element(By.ID, "code").text)


def decoded(png: bytes) -> list[str]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    return [result.text for result in zxingcpp.read_barcodes(image)]


def device_lookup(site: Central, store_id: str, code: str) -> dict[str, Any]:
    answer = site.kiosk(store_id).get(f"/v1/authorisations/{code}")
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_return_started_on_the_web_page_ends_with_a_qr_that_reads_back_as_its_code(
        central_site, make_browser, javascript):
    driver = make_browser(javascript=javascript)
    if not javascript:  # the switch really is off: a script would have replaced the text
        driver.get("data:text/html,<p id=s>off</p><script>document.getElementById('s').textContent='on'</script>")
        assert driver.find_element(By.ID, "s").text == "off"
    document = new_order(central_site)

    code = start_return(driver, central_site, document)

    assert parse_authorisation_code(code) == code
    assert decoded(driver.find_element(By.ID, "qr").screenshot_as_png) == [f"INTAKE-RA:{code.replace('-', '')}"]
    held = device_lookup(central_site, document["store_id"], code)
    assert held["status"] == "authorised" and held["order_number"] == document["number"]
    assert [(line["line_id"], line["quantity"], line["reason_code"]) for line in held["lines"]] == [
        ("L1", 1, "too_large")]


def test_the_printable_pdf_carries_the_same_qr(central_site, browser, tmp_path):
    document = new_order(central_site)
    code = start_return(browser, central_site, document)
    link = browser.find_element(By.ID, "pdf").get_attribute("href")
    cookies = {c["name"]: c["value"] for c in browser.get_cookies()}

    pdf = httpx.get(link, cookies=cookies, timeout=30)

    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    (tmp_path / "return.pdf").write_bytes(pdf.content)
    assert code in PdfReader(tmp_path / "return.pdf").pages[0].extract_text()
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the PDF's text was checked, not its QR")
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(tmp_path / "return.pdf"),
                    str(tmp_path / "page")], check=True, timeout=60)
    assert decoded((tmp_path / "page.png").read_bytes()) == [f"INTAKE-RA:{code.replace('-', '')}"]


def test_another_shoppers_session_cannot_see_an_authorisation(central_site, make_browser):
    first, second = make_browser(), make_browser()
    code = start_return(first, central_site, new_order(central_site))
    find_order(second, central_site, new_order(central_site))

    second.get(f"{central_site.url}/returns/authorisations/{code}")

    assert "There is no such return for this order." in second.page_source
    assert not second.find_elements(By.ID, "qr")


def unlabelled(driver: Any) -> list[str]:
    """Every visible form field without a label naming it (label[for=id] with text, or aria-label)."""
    missing = []
    for field in driver.find_elements(By.CSS_SELECTOR, "input, select, textarea"):
        if field.get_attribute("type") in ("hidden", "submit", "button"):
            continue
        field_id = field.get_attribute("id")
        labels = driver.find_elements(By.CSS_SELECTOR, f"label[for='{field_id}']") if field_id else []
        if not any(label.text.strip() for label in labels) and not field.get_attribute("aria-label"):
            missing.append(field.get_attribute("name") or field.get_attribute("outerHTML"))
    return missing


def test_every_field_of_every_step_has_a_label(central_site, browser):
    document = new_order(central_site)
    browser.get(f"{central_site.url}/returns")
    assert unlabelled(browser) == []
    find_order(browser, central_site, document)
    fields = browser.find_elements(By.CSS_SELECTOR, "select, input:not([type=hidden])")
    assert len(fields) >= 10 and unlabelled(browser) == []
    choose_first_line(browser)
    assert unlabelled(browser) == []


def test_the_page_speaks_spanish_and_french_and_explains_the_policy_in_them(central_site, make_browser):
    document = new_order(central_site, category="swimwear")
    spanish = make_browser(language="es-ES")
    spanish.get(f"{central_site.url}/returns")
    assert spanish.find_element(By.TAG_NAME, "h1").text == "Iniciar una devolución"
    assert spanish.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    french = make_browser()
    find_order(french, central_site, document, lang="fr")
    french.get(f"{central_site.url}/returns/items")  # the choice is kept in a cookie
    main = french.find_element(By.TAG_NAME, "main").text
    assert "Que souhaitez-vous retourner ?" in main and "retour possible jusqu'au" in main


def test_a_wrong_email_and_an_unknown_number_get_the_same_neutral_answer(central_site, browser):
    document = new_order(central_site)
    answers = []
    for number, email in ((document["number"], "someone.else@example.com"), ("NO-SUCH-ORDER", document["customer"]["email"])):
        find_order(browser, central_site, {"number": number, "customer": {"email": email}})
        answers.append(browser.find_element(By.CSS_SELECTOR, ".notice.error").text)
    assert answers[0] == answers[1] == ("We could not find an order with that number and e-mail address. "
                                        "Please check both and try again.")


def test_a_forged_post_without_the_csrf_token_is_refused(central_site):
    document = new_order(central_site)
    with httpx.Client(base_url=central_site.url, timeout=30) as client:
        page = client.get("/returns")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert token is not None and client.cookies.get(base.CSRF_COOKIE) == token.group(1)
        fields = {"number": document["number"], "email": document["customer"]["email"]}

        forged = client.post("/returns/find", data=fields, follow_redirects=False)
        other = client.post("/returns/find", data={**fields, "csrf_token": "x" * 43}, follow_redirects=False)
        honest = client.post("/returns/find", data={**fields, "csrf_token": token.group(1)}, follow_redirects=False)

    assert forged.status_code == other.status_code == 403
    assert "did not come from this site" in forged.text and shopper.SESSION_COOKIE not in forged.cookies
    assert honest.status_code == 303 and honest.headers["location"] == "/returns/items"


def test_pages_send_a_strict_content_security_policy_and_secure_cookie_flags(central_site):
    page = httpx.get(f"{central_site.url}/returns", timeout=30)
    assert page.headers["content-security-policy"] == base.CONTENT_SECURITY_POLICY
    assert "script-src" not in page.headers["content-security-policy"]  # default-src 'none': no scripts
    assert page.headers["x-frame-options"] == "DENY" and page.headers["x-content-type-options"] == "nosniff"
    cookie = page.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "<script" not in page.text


def test_every_shopper_text_is_translated_to_spanish_and_french():
    used = set()
    for template in [*TEMPLATES.glob("*.html"), TEMPLATES.parent / "base.html", TEMPLATES.parent / "error.html"]:
        text = template.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bt\("([^"]+)"', text)) | set(re.findall(r"\bt\('([^']+)'", text))
    for lang in ("es", "fr"):
        missing = sorted(m for m in used if m not in base.catalogue(lang))
        assert missing == [], (lang, missing)
        locale_files = sorted(Path(base.LOCALES).glob(f"{lang}*.json"))
        assert all(json.loads(p.read_text(encoding="utf-8")) for p in locale_files)


def test_a_client_posting_too_often_gets_a_429_page_with_retry_after(central_site):
    frozen = base.RateLimiter(shopper.POSTS_PER_MINUTE, clock=lambda: 0.0)  # no time passes: no refill
    central_site.server.app.state.shopper_limits = {"post": frozen, "page": base.RateLimiter(1000)}
    with httpx.Client(base_url=central_site.url, timeout=30) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/returns").text)
        assert token is not None
        form = {"csrf_token": token.group(1)}  # no session: each post is answered 401, and counted
        allowed = [client.post("/returns/items", data=form).status_code for _ in range(shopper.POSTS_PER_MINUTE)]
        refused = client.post("/returns/items", data=form)

    assert allowed == [401] * shopper.POSTS_PER_MINUTE
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
    assert "Too many requests from your connection" in refused.text


def test_repeated_misses_brake_the_client_like_the_api_brakes_a_device(tmp_path):
    site = start_central(f"sqlite:///{tmp_path / 'brake.sqlite3'}", "sqlite")  # its own: the brake is per client
    try:
        site.set_policy(policy_document())
        document = new_order(site)
        free = Settings().lookup_free_misses
        with httpx.Client(base_url=site.url, timeout=30) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/returns").text)
            assert token is not None
            miss = {"number": document["number"], "email": "not.them@example.com", "csrf_token": token.group(1)}
            misses = [client.post("/returns/find", data=miss).status_code for _ in range(free + 1)]
            braked = client.post("/returns/find", data={**miss, "email": document["customer"]["email"]})
            site.clock.advance(seconds=int(braked.headers.get("retry-after", "0")))
            after_wait = client.post("/returns/find", data={**miss, "email": document["customer"]["email"]},
                                     follow_redirects=False)
    finally:
        site.close()
    assert misses == [404] * (free + 1)
    assert braked.status_code == 429 and "Too many searches found no order" in braked.text  # even the right e-mail
    assert after_wait.status_code == 303


def test_before_any_policy_is_set_the_page_says_returns_cannot_start_online(tmp_path):
    site = start_central(f"sqlite:///{tmp_path / 'no-policy.sqlite3'}", "sqlite")
    try:
        document = new_order(site)
        with httpx.Client(base_url=site.url, timeout=30) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/returns?lang=fr").text)
            assert token is not None
            found = client.post("/returns/find", data={"number": document["number"], "csrf_token": token.group(1),
                                                      "email": document["customer"]["email"]},
                                follow_redirects=True)
    finally:
        site.close()
    assert found.status_code == 503 and found.headers["content-type"].startswith("text/html")
    assert "Les retours ne peuvent pas être commencés en ligne" in found.text
