"""The back office in a real Chromium, over the real central server: signing in (and the lockout),
a forged form refused by CSRF, a store manager refused another store's return, a review
decision recorded and audited, and the other pages drawn from what kiosks posted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from selenium.webdriver.common.by import By

from central.auth import DeviceIdentity
from central.ops import backoffice_users, devices, events, fleet, review
from central.web import backoffice_common
from kiosk.workflow.cases import Resolution
from kiosk.workflow.clock import format_utc
from tests.browser.pages import press
from tests.central.support import Central, Pick, approval, honest_case, order_document, order_line, tampered

PASSWORD = "a long enough password"


@dataclass
class Seeded:
    north: str
    south: str
    review_north: dict[str, Any]
    review_south: dict[str, Any]
    accepted_south: dict[str, Any]


CATALOGUE = [("apparel", "Linen shirt", 2500, "too_small", Resolution.STORE_CREDIT),
             ("shoes", "Trail runner", 8900, "too_large", Resolution.REFUND),
             ("swimwear", "Swim shorts", 4200, "changed_mind", Resolution.EXCHANGE),
             ("apparel", "Denim jacket", 3900, "wrong_item", Resolution.REFUND),
             ("electronics", "Wireless earbuds", 12900, "changed_mind", Resolution.STORE_CREDIT)]


def seed(site: Central, store_ids: tuple[str, str] | None = None) -> Seeded:
    """Two stores with kiosks, returns of every resolution taken through the API, two in review,
    health reports, and back-office users: hana and ines (head office), sam (manager of north)."""
    if store_ids:
        for store_id in store_ids:
            devices.add_store(site.db, store_id, store_id.replace("-", " ").title(), "America/New_York", site.clock())
    north, south = (site.kiosk(store_ids[0]), site.kiosk(store_ids[1])) if store_ids else (site.kiosk(), site.kiosk())
    for kiosk in (north, south):
        fleet.record_health(site.db, DeviceIdentity(kiosk.device_id, kiosk.store_id), _health(site), site.clock())
    adrift = site.kiosk(south.store_id)  # a kiosk whose clock is off and whose outbox holds a refused case
    fleet.record_health(site.db, DeviceIdentity(adrift.device_id, adrift.store_id),
                        {**_health(site), "clock_offset_ms": 540_000, "outbox_refused": 1}, site.clock())
    taken: list[dict[str, Any]] = []
    for index, (category, title, price, reason, resolution) in enumerate(CATALOGUE * 3):
        kiosk = north if index % 2 == 0 else south
        sku = f"{category[:3].upper()}-{title.split()[0].upper()}-{'SML'[index % 3]}"
        order = order_document(kiosk.store_id, lines=[order_line("L1", category=category, unit_price=price, quantity=2,
                                                                 sku=sku, title=title),
                                                      order_line("L2", title="Cotton socks", sku="APP-SOCKS")])
        site.load(order)
        picks = [Pick("L1", 1 + index % 2, reason)]
        try:
            case = honest_case(order, picks, device_id=kiosk.device_id, resolution=resolution)
        except KeyError:  # a resolution the policy does not offer for this line
            case = honest_case(order, picks, device_id=kiosk.device_id)
        answer = kiosk.post_case(case)
        assert answer.status_code == 201, answer.text
        taken.append(case)
    in_grace = order_document(north.store_id, placed="2026-10-20T15:00:00Z", delivered="2026-10-26T15:00:00Z")
    site.load(in_grace)
    assert north.post_case(honest_case(in_grace, [Pick("L1")], device_id=north.device_id,
                                       approvals=[approval("L1")])).status_code == 201
    reviews = []
    for kiosk in (north, south):
        order = order_document(kiosk.store_id)
        site.load(order)
        case = tampered(honest_case(order, [Pick("L1")], device_id=kiosk.device_id), refund_total=1)
        assert kiosk.post_case(case).json()["status"] == "review"
        reviews.append(case)
    for name, role, store in (("hana", "head_office", None), ("ines", "head_office", None),
                              ("sam", "store_manager", north.store_id)):
        backoffice_users.add_user(site.db, name, role, store, PASSWORD, site.clock(), replace=True)
    accepted_south = next(c for c in taken if c["store_id"] == south.store_id)
    return Seeded(north.store_id, south.store_id, reviews[0], reviews[1], accepted_south)


def _health(site: Central) -> dict[str, Any]:
    return {"reported_at": format_utc(site.clock()), "app_version": "0.1.0", "schema_version": "0008",
            "policy_version": "central-test-1", "outbox_pending": 0, "outbox_refused": 0,
            "outbox_oldest_age_s": None, "print_queue_depth": 0, "last_sync_age_s": 20,
            "printers": [{"name": "receipt", "ready": True, "message": "ready"}], "free_disk_bytes": 20 * 1024**3,
            "clock_offset_ms": 800}


@pytest.fixture(autouse=True)
def _fresh_sign_in_allowance():
    """Every test signs in from 127.0.0.1: each starts with the per-client allowance full."""
    backoffice_common.SIGN_INS._buckets.clear()


@pytest.fixture(scope="module")
def seeded(central_site: Central) -> Seeded:
    return seed(central_site)


def sign_in(driver: Any, site: Central, name: str, password: str = PASSWORD) -> None:
    driver.get(f"{site.url}/backoffice/sign-in")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(password)
    press(driver, driver.find_element(By.ID, "sign-in"))


def main_text(driver: Any) -> str:
    return str(driver.find_element(By.TAG_NAME, "main").text)


def test_signing_in_out_and_a_page_without_a_session(central_site, seeded, make_browser):
    driver = make_browser(width=1400, height=1000)
    driver.get(f"{central_site.url}/backoffice/review")
    assert driver.current_url.endswith("/backoffice/sign-in")
    sign_in(driver, central_site, "hana", "not the password")
    assert "wrong name or password" in driver.find_element(By.ID, "sign-in-error").text
    sign_in(driver, central_site, "hana")
    assert driver.current_url.endswith("/backoffice/returns")
    assert seeded.review_north["code"] in main_text(driver) and seeded.review_south["code"] in main_text(driver)
    press(driver, driver.find_element(By.CSS_SELECTOR, ".bo-user button"))
    assert driver.current_url.endswith("/backoffice/sign-in")
    driver.get(f"{central_site.url}/backoffice/returns")
    assert driver.current_url.endswith("/backoffice/sign-in")


def test_repeated_wrong_passwords_lock_the_account(central_site, seeded, make_browser):
    backoffice_users.add_user(central_site.db, "lou", "store_manager", seeded.south, PASSWORD, central_site.clock())
    driver = make_browser(width=1400, height=1000)
    for _ in range(backoffice_users.MAX_FAILURES):
        sign_in(driver, central_site, "lou", "guessing guessing")
    sign_in(driver, central_site, "lou")
    assert "locked" in driver.find_element(By.ID, "sign-in-error").text
    assert driver.current_url.endswith("/backoffice/sign-in")


def test_a_forged_form_is_refused_by_csrf(central_site, seeded, make_browser):
    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "hana")
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    case = seeded.review_south
    # Another site's page posting into the signed-in browser: the browser sends the session cookie
    # (here, as a forger with the cookie would) but the forger cannot know the CSRF token.
    forged = httpx.post(f"{central_site.url}/backoffice/review/{case['id']}", cookies=cookies,
                        data={"decision": "accept", "reason": "forged", "csrf_token": "x" * 43})
    assert forged.status_code == 403
    assert "did not come from this site" in forged.text
    missing = httpx.post(f"{central_site.url}/backoffice/review/{case['id']}", cookies=cookies,
                         data={"decision": "accept", "reason": "forged"})
    assert missing.status_code == 403
    assert review.find(central_site.db, case["id"]).status == "review"
    assert review.decisions(central_site.db, case["id"]) == []


def test_a_store_manager_sees_only_their_store(central_site, seeded, make_browser):
    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "sam")
    assert seeded.review_north["code"] in main_text(driver)
    assert seeded.review_south["code"] not in main_text(driver)
    for path in (f"/backoffice/returns/{seeded.accepted_south['id']}", f"/backoffice/returns/{seeded.review_south['code']}"):
        driver.get(central_site.url + path)
        assert "another store" in main_text(driver)
        assert seeded.accepted_south["order_number"] not in main_text(driver)
    status = httpx.get(f"{central_site.url}/backoffice/returns/{seeded.accepted_south['id']}",
                       cookies={c["name"]: c["value"] for c in driver.get_cookies()})
    assert status.status_code == 403
    driver.get(f"{central_site.url}/backoffice/review")
    assert seeded.review_south["code"] not in main_text(driver)
    cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
    from datetime import timedelta

    from central.ops import analytics

    answer = httpx.get(f"{central_site.url}/backoffice/analytics/by_category.csv?store={seeded.south}", cookies=cookies)
    facts = analytics.load_facts(central_site.db, store_id=seeded.north, since=central_site.clock() - timedelta(days=30))
    assert answer.text == analytics.table_csv(analytics.by_category(facts))  # the manager's store, not the one asked
    listed = httpx.get(f"{central_site.url}/backoffice/returns.csv?store={seeded.south}", cookies=cookies).text
    assert seeded.north in listed and seeded.review_north["code"] in listed
    driver.get(f"{central_site.url}/backoffice/policy")
    assert driver.find_elements(By.ID, "draft-form") == []


def test_a_review_decision_is_recorded_and_audited(central_site, seeded, make_browser):
    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "sam")
    case = seeded.review_north
    driver.get(f"{central_site.url}/backoffice/review")
    item = driver.find_element(By.ID, f"review-{case['code']}")
    item.find_element(By.TAG_NAME, "textarea").send_keys("receipt checked at the counter")
    press(driver, item.find_element(By.CSS_SELECTOR, "button[value=accept]"))
    assert case["id"] in driver.find_element(By.ID, "review-done").text
    assert driver.find_elements(By.ID, f"review-{case['code']}") == []
    assert review.find(central_site.db, case["id"]).status == "accepted"
    [recorded] = events.events(central_site.db, subject=case["id"], kind="review_accept")
    assert (recorded.actor, recorded.details["reason"]) == ("sam", "receipt checked at the counter")
    driver.get(f"{central_site.url}/backoffice/returns/{case['id']}")
    audit = driver.find_element(By.ID, "audit").text
    assert "review_accept" in audit and "receipt checked at the counter" in audit and "sam" in audit


def test_analytics_policy_and_the_other_pages(central_site, seeded, make_browser):
    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "hana")
    driver.get(f"{central_site.url}/backoffice/analytics?days=30")
    assert driver.find_elements(By.CSS_SELECTOR, "#table-by_reason svg.chart rect")
    link = driver.find_element(By.CSS_SELECTOR, "#table-by_reason a.csv").get_attribute("href")
    csv_text = httpx.get(link, cookies={c["name"]: c["value"] for c in driver.get_cookies()}).text
    assert csv_text.splitlines()[0] == "reason_code,currency,returns,units,amount"
    for path, expected in (("/backoffice/fleet", "clock 9 min behind central"), ("/backoffice/refunds", "Refunds"),
                           ("/backoffice/vouchers", "Vouchers")):
        driver.get(central_site.url + path)
        assert expected in main_text(driver)
    driver.get(f"{central_site.url}/backoffice/policy")
    draft = driver.find_element(By.ID, "draft")
    text = draft.get_attribute("value")
    draft.clear()
    draft.send_keys(re.sub(r'"version": "[^"]+"', '"version": "browser-draft-1"', text, count=1)
                    .replace('"window_days": 14', '"window_days": 2'))
    press(driver, driver.find_element(By.ID, "simulate"))
    assert "browser-draft-1" in main_text(driver)
    assert "window_days" in driver.find_element(By.ID, "diff").text
    press(driver, driver.find_element(By.ID, "propose"))
    assert "proposed" in driver.find_element(By.ID, "policy-done").text
    assert driver.find_elements(By.CSS_SELECTOR, "#proposals button[id^=confirm-]") == []  # not one's own


def test_a_post_without_a_session_changes_nothing(central_site, seeded):
    case = seeded.review_south
    page = httpx.get(f"{central_site.url}/backoffice/sign-in")
    token = page.cookies["intake_csrf"]
    answer = httpx.post(f"{central_site.url}/backoffice/review/{case['id']}", cookies={"intake_csrf": token},
                        data={"decision": "refuse", "reason": "no session", "csrf_token": token})
    assert answer.status_code == 401 and "sign in again" in answer.text
    assert review.find(central_site.db, case["id"]).status == "review"


def test_returns_are_filtered_by_store_status_and_reason(central_site, seeded, make_browser):
    from selenium.webdriver.support.ui import Select

    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "hana")
    Select(driver.find_element(By.ID, "store")).select_by_value(seeded.south)
    Select(driver.find_element(By.ID, "reason")).select_by_value("too_large")
    press(driver, driver.find_element(By.CSS_SELECTOR, ".filters button"))
    rows = driver.find_elements(By.CSS_SELECTOR, "#returns tbody tr")
    assert rows and all(seeded.south in r.text and "too_large" in r.text for r in rows)
    Select(driver.find_element(By.ID, "reason")).select_by_value("")
    Select(driver.find_element(By.ID, "status")).select_by_value("review")
    press(driver, driver.find_element(By.CSS_SELECTOR, ".filters button"))
    codes = [r.find_element(By.TAG_NAME, "a").text for r in driver.find_elements(By.CSS_SELECTOR, "#returns tbody tr")]
    assert codes == [seeded.review_south["code"]]


def test_every_back_office_text_is_translated_to_spanish_and_french(central_site, seeded, make_browser):
    from pathlib import Path

    from central.ops import analytics
    from central.web import base

    used: set[str] = {table(analytics.Facts([])).title for table in analytics.TABLES}
    for template in (Path(base.TEMPLATES) / "backoffice").glob("*.html"):
        text = template.read_text(encoding="utf-8")
        used |= set(re.findall(r'\bt\("([^"]+)"', text)) | set(re.findall(r"\bt\('([^']+)'", text))
    for lang in ("es", "fr"):
        assert sorted(m for m in used if m not in base.catalogue(lang)) == [], lang
    driver = make_browser(width=1400, height=1000)
    sign_in(driver, central_site, "hana")
    driver.get(f"{central_site.url}/backoffice/review?lang=fr")
    assert "File de revue" in main_text(driver) and "Refuser" in main_text(driver)
