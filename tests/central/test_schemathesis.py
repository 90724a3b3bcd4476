"""Property-based requests generated from the OpenAPI document never make the server fail.

Bounded: a fixed number of examples per operation, no shrinking deadline. The requests go to
the live server over loopback with a valid device token, so they reach the handlers.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings

from kiosk.resources import resource

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed (pip install schemathesis)")
not_a_server_error = schemathesis.checks.not_a_server_error

schema = schemathesis.openapi.from_path(str(resource("api", "openapi.json")))


@pytest.fixture(scope="session")
def fuzz_token(central) -> str:
    return central.kiosk().token


@schema.parametrize()
@settings(max_examples=20, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_no_generated_request_makes_the_server_fail(case, central, fuzz_token):
    response = case.call(base_url=central.url, headers={"Authorization": f"Bearer {fuzz_token}"})
    case.validate_response(response, checks=[not_a_server_error])
