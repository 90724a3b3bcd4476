"""What the browser tests share: pressing a form's button and waiting for the next page."""

from __future__ import annotations

from typing import Any

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

#: What Chromium answers when asked about a node while the page that held it is being replaced.
_NODE_GONE = "does not belong to the document"


def submit(driver: Any, button: str = "form button[type=submit]") -> None:
    """Press the form button ``button`` (a CSS selector) and wait for the next page."""
    press(driver, driver.find_element(By.CSS_SELECTOR, button))


def press(driver: Any, button: Any) -> None:
    """Click a form's button and wait until the next page has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, 60).until(lambda _driver: replaced(page))


def replaced(element: Any) -> bool:
    """Whether ``element``'s page is gone. Mid-navigation Chromium may answer "node does not
    belong to the document" instead of a stale reference: that too means gone."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if _NODE_GONE in str(error):
            return True
        raise
    return False
