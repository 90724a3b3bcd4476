"""Policy distribution: the current version with an ETag, every version kept for re-checks."""

from __future__ import annotations

import pytest

from central.errors import AdminError
from central.ops.policies import set_policy
from kiosk.workflow.policy import PolicyError
from tests.central.support import POLICY_VERSION, policy_document


def test_the_policy_is_served_with_an_etag_and_not_resent_while_unchanged(central):
    kiosk = central.kiosk()
    first = kiosk.get("/v1/policy")
    assert first.status_code == 200
    assert first.json()["version"] == POLICY_VERSION
    etag = first.headers["ETag"]
    unchanged = kiosk.get("/v1/policy", headers={"If-None-Match": etag})
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged.headers["ETag"] == etag
    assert kiosk.get("/v1/policy", headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
    assert kiosk.get("/v1/policy", headers={"If-None-Match": '"stale"'}).status_code == 200


def test_a_new_version_changes_the_etag_and_an_old_one_can_be_made_current_again(fresh_central):
    central = fresh_central()
    kiosk = central.kiosk()
    assert kiosk.get("/v1/policy").status_code == 404
    central.set_policy(policy_document("v1"))
    first = kiosk.get("/v1/policy")
    central.set_policy(policy_document("v2"))
    second = kiosk.get("/v1/policy", headers={"If-None-Match": first.headers["ETag"]})
    assert second.status_code == 200 and second.json()["version"] == "v2"
    central.set_policy(policy_document("v1"))
    back = kiosk.get("/v1/policy", headers={"If-None-Match": second.headers["ETag"]})
    assert back.json()["version"] == "v1" and back.headers["ETag"] == first.headers["ETag"]


def test_a_version_names_one_document_for_ever(central):
    with pytest.raises(AdminError, match="exists with other content"):
        set_policy(central.db, policy_document(POLICY_VERSION, timezone="Europe/Amsterdam"), central.clock())


def test_a_bad_policy_is_refused_with_the_field_at_fault_and_the_last_good_one_stays(central):
    kiosk = central.kiosk()
    before = kiosk.get("/v1/policy").headers["ETag"]
    document = policy_document("broken-1")
    document["rules"]["window_days"] = -3
    with pytest.raises(PolicyError) as refused:
        set_policy(central.db, document, central.clock())
    assert any(p.path == "rules.window_days" for p in refused.value.problems)
    assert kiosk.get("/v1/policy").headers["ETag"] == before
