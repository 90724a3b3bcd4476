"""Staff PINs, stored only as peppered, memory-hard hashes.

A PIN has few digits, so a copied database must not be enough to try them all: the PIN is
first keyed with a pepper (HMAC-SHA256 under a secret kept outside the database: central's
settings, the kiosk's owner-only profile file), then hashed with argon2id. Without the
pepper the hashes cannot be attacked at all; with it, each guess still costs the memory and
time of argon2id.

Format: ``pepper:<pepper id>$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>``: a
pepper id, then the argon2id PHC string. A kiosk verifies a PIN offline against a hash synced
from central with central's pepper, which central hands to its devices. Older hashes
(``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``, a fleet is never upgraded at once)
are still read, and ``needs_rehash`` says when a hash should be made again from the PIN
just typed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from typing import Mapping

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ALGORITHM = "argon2id"
PEPPER_PREFIX = "pepper:"
LEGACY_ALGORITHM = "pbkdf2_sha256"
#: Hashes this version reads (for seed files and the roster's format check).
HASH_PREFIXES = (PEPPER_PREFIX, LEGACY_ALGORITHM + "$")
PIN_HASH_FORMAT = (f"{PEPPER_PREFIX}<pepper id>$argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt b64>$<hash b64>: "
                   "argon2id over HMAC-SHA256(pepper, PIN)")
LEGACY_ITERATIONS = 200_000
MIN_DIGITS, MAX_DIGITS = 4, 12
#: Environment names that tune the cost of new hashes (tests make them cheap).
MEMORY_ENV, TIME_ENV = "INTAKE_PIN_HASH_MEMORY_KIB", "INTAKE_PIN_HASH_TIME_COST"


@dataclass(frozen=True)
class HashCost:
    """argon2id's cost for new hashes: 64 MiB and 3 passes by default (OWASP's second choice)."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 1

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(time_cost=self.time_cost, memory_cost=self.memory_kib, parallelism=self.parallelism)


def cost_from(environ: Mapping[str, str]) -> HashCost:
    """The cost named by the environment (``INTAKE_PIN_HASH_MEMORY_KIB``, ``..._TIME_COST``), else the default."""
    default = HashCost()
    memory = int(environ.get(MEMORY_ENV) or default.memory_kib)
    passes = int(environ.get(TIME_ENV) or default.time_cost)
    return HashCost(memory_kib=max(8, memory), time_cost=max(1, passes))


@dataclass(frozen=True)
class Pepper:
    id: str
    key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not self.id or "$" in self.id or len(self.id) > 40 or len(self.key) < 16:
            raise ValueError("a pepper has an id (1-40 characters, no $) and at least 16 bytes")


def new_pepper(prefix: str = "p") -> Pepper:
    return Pepper(f"{prefix}-{secrets.token_hex(4)}", secrets.token_bytes(32))


def check_pin_format(pin: str) -> None:
    if not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")


def hash_pin(pin: str, pepper: Pepper, cost: HashCost | None = None) -> str:
    """The stored form of ``pin``: argon2id over the PIN keyed with ``pepper``."""
    check_pin_format(pin)
    return f"{PEPPER_PREFIX}{pepper.id}{(cost or HashCost()).hasher().hash(_keyed(pin, pepper))}"


def verify_pin(pin: str, encoded: str, peppers: Mapping[str, bytes]) -> bool:
    """Whether ``pin`` is the one hashed in ``encoded``; False for a hash whose pepper is not in ``peppers``."""
    if encoded.startswith(LEGACY_ALGORITHM + "$"):
        return _verify_legacy(pin, encoded)
    parsed = _split(encoded)
    if parsed is None or parsed[0] not in peppers:
        return False
    pepper_id, phc = parsed
    try:
        return PasswordHasher().verify(phc, _keyed(pin, Pepper(pepper_id, peppers[pepper_id])))
    except (VerificationError, InvalidHashError, ValueError):
        return False


def needs_rehash(encoded: str, pepper: Pepper, cost: HashCost | None = None) -> bool:
    """Whether a hash that just verified should be made again: an old algorithm, another pepper, a lower cost."""
    parsed = _split(encoded)
    if parsed is None or parsed[0] != pepper.id:
        return True
    try:
        return (cost or HashCost()).hasher().check_needs_rehash(parsed[1])
    except (InvalidHashError, ValueError):
        return True


def pepper_id_of(encoded: str) -> str | None:
    parsed = _split(encoded)
    return parsed[0] if parsed else None


def legacy_hash(pin: str, *, iterations: int = LEGACY_ITERATIONS, salt: bytes | None = None) -> str:
    """A hash in the old PBKDF2 format, as older central versions still send (tests, mixed fleets)."""
    check_pin_format(pin)
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"{LEGACY_ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def _keyed(pin: str, pepper: Pepper) -> bytes:
    return hmac.new(pepper.key, pin.encode("utf-8"), hashlib.sha256).digest()


def _split(encoded: str) -> tuple[str, str] | None:
    if not encoded.startswith(PEPPER_PREFIX) or "$" not in encoded:
        return None
    head, _, rest = encoded.partition("$")
    if not rest.startswith(ALGORITHM + "$"):
        return None
    return head[len(PEPPER_PREFIX):], "$" + rest


def _verify_legacy(pin: str, encoded: str) -> bool:
    try:
        _, iterations, salt, expected = encoded.split("$")
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)
