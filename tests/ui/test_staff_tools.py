"""Staff on the device, by touch: the keyboard types where staff are typing (the search box,
the approval note, a return code), reprints say what they did, and older slips are found by
their code."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QApplication

from kiosk.db.engine import io_allowed
from kiosk.demo import DEMO_CLERK, DEMO_MANAGER, demo_pairs
from kiosk.ui.reprint_dialog import ReprintDialog
from kiosk.workflow.wizard import Step
from tests.conftest import NOW
from tests.flows import walk_to_review
from tests.ui.helpers import Finger, open_window, visible_button
from tests.ui.test_staff_mode import enter_pin, sign_in


def test_in_staff_search_the_keys_type_into_the_search_box(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    finger = Finger(qtbot, window)
    sign_in(qtbot, window, DEMO_CLERK)
    finger.tap_named("Start a return")
    find = window.pages.find_order
    finger.tap(find.search_field)
    assert window.dock.field is find.search_field and window.keyboard.layout_shown.value == "email"
    finger.type("maria")
    assert find.search_field.text() == "maria" and find.number.text() == ""


def test_the_approval_note_is_typed_on_the_on_screen_keyboard_inside_the_dialog(qtbot, window_services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    finger = Finger(qtbot, window)
    sign_in(qtbot, window, DEMO_CLERK)
    finger.tap_named("Start a return")
    find = window.pages.find_order
    find.search_field.setText(demo_pairs(NOW)[0][1])
    finger.tap_named("Search customer orders")
    qtbot.waitUntil(lambda: bool(find.results.values), timeout=10_000)
    finger.tap(find.results.button_for(demo_pairs(NOW)[0][0]))
    qtbot.waitUntil(lambda: window.wizard.step == Step.ITEMS, timeout=10_000)
    title = window.wizard.session.order.line("L1").title
    finger.tap_named(f"More of {title}")
    finger.tap(window.footer.next_button)
    finger.tap_named(f"Reason for {title}: Changed my mind")
    finger.tap_named(f"Condition of {title}: Unopened, with tags")
    finger.tap(window.footer.next_button)
    assert window.wizard.step == Step.ELIGIBILITY  # held for a manager: the verdict step explains
    finger.tap_named(f"Manager approval for {title}")
    qtbot.waitUntil(lambda: window.active_dialog is not None, timeout=10_000)
    dialog = window.active_dialog
    assert window.backdrop.isVisible() and dialog.parentWidget() is window.backdrop  # a panel, dimmed behind
    finger.tap(dialog.note)
    assert window.keyboard.isVisible() and window.dock.field is dialog.note
    assert dialog.geometry().bottom() <= window.backdrop.height()  # above the keys
    finger.type("late parcel")
    assert dialog.note.text() == "late parcel"
    finger.tap(dialog.approver_buttons[DEMO_MANAGER["id"]])
    enter_pin(qtbot, dialog.pad, DEMO_MANAGER["pin"])
    qtbot.waitUntil(lambda: window.active_dialog is None, timeout=10_000)
    [approval] = window.wizard.session.approvals
    assert approval.note == "late parcel"


def test_staff_reprint_an_older_slip_by_typing_its_code_and_are_told_it_printed(qtbot, window_services,  # noqa: ANN001
                                                                                  services) -> None:
    desk = services.desk
    with io_allowed():
        session = desk.new_session()
        walk_to_review(session, desk.lookup(*demo_pairs(NOW)[0][:2]).order)
        case, _ = desk.complete(desk.build_case(session))
    window = open_window(qtbot, window_services)
    finger = Finger(qtbot, window)
    sign_in(qtbot, window, DEMO_MANAGER)
    finger.tap_named("Reprint a slip")
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReprintDialog), timeout=10_000)
    dialog = window.active_dialog
    finger.tap(dialog.code)
    finger.type(case.code[:4] + "0" + case.code[5:])  # a mistyped character
    finger.tap(dialog.reprint_button)
    assert "not a return code" in dialog.status.text()
    dialog.code.clear()
    finger.type(case.code)
    finger.tap(dialog.reprint_button)
    qtbot.waitUntil(lambda: "printed again" in dialog.status.text(), timeout=10_000)
    assert dialog.status.text() == f"The slip of return {case.code} was printed again."
    db = sqlite3.connect(services.settings.database_path)
    reprints = db.execute("select actor_id, subject from audit_log where kind = 'reprint'").fetchall()
    db.close()
    assert reprints == [(DEMO_MANAGER["id"], case.id)]


def test_a_reprint_from_the_done_page_says_what_it_did(qtbot, window_services, services) -> None:  # noqa: ANN001
    window = open_window(qtbot, window_services)
    sign_in(qtbot, window, DEMO_CLERK)
    with io_allowed():
        order = services.desk.lookup(*demo_pairs(NOW)[0][:2]).order
    walk_to_review(window.wizard.session, order)
    window.wizard.show_step()
    window.wizard.go_next()
    qtbot.waitUntil(lambda: window.wizard.last_print is not None, timeout=10_000)
    Finger(qtbot, window).tap(visible_button(window, "Reprint slip"))
    done = window.pages.done
    qtbot.waitUntil(lambda: bool(done.reprint_status.text()), timeout=10_000)
    QApplication.processEvents()
    assert done.reprint_status.text() == f"The slip of return {window.wizard.last_case.code} was printed again."


def test_every_character_a_return_code_can_have_is_on_the_code_keyboard(qtbot, window_services) -> None:  # noqa: ANN001
    from kiosk.workflow.ids import CHECK_ALPHABET

    window = open_window(qtbot, window_services)
    sign_in(qtbot, window, DEMO_MANAGER)
    Finger(qtbot, window).tap_named("Reprint a slip")
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ReprintDialog), timeout=10_000)
    Finger(qtbot, window).tap(window.active_dialog.code)
    keyboard = window.keyboard
    typed = {keyboard.output(key) for key in keyboard.keys}
    assert set(CHECK_ALPHABET + "-") <= typed
