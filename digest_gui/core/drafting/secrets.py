"""The model server's API key: in the operating system's keyring, never in a file of ours.

Where it comes from, first found wins: the DIGEST_GUI_LLM_API_KEY environment variable,
the keyring (service "digest-gui", user "llm-api-key"), or this session's memory. Where no
keyring backend works (a headless Linux box without a Secret Service), a key the user types
is held for the session only. Nothing here logs, prints or writes the key anywhere else,
and a key once read or set is registered with digest_gui.logs, so no log line can hold it.

A keyring that is there but cannot be read (locked, its D-Bus service gone) is not taken
for "no key": get_api_key raises KeyUnreadable, so the window can ask for the key instead
of sending a request without one. Keyring calls may block (an unlock prompt): the window
makes them on worker threads only.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass

from digest_gui.core.errors import DigestError
from digest_gui.core.failures import Failure
from digest_gui.logs import register_secret

API_KEY_VARIABLE = "DIGEST_GUI_LLM_API_KEY"
SERVICE = "digest-gui"
USERNAME = "llm-api-key"

# Where get_api_key found the key.
ENVIRONMENT, KEYRING, SESSION = "environment", "keyring", "session"

_lock = threading.Lock()
_session_key = ""


def _backend_works(backend: object) -> bool:
    module = type(backend).__module__
    name = type(backend).__name__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    if "plaintext" in name.lower() or "plaintext" in module.lower():
        return False  # a key in a plain file of the home folder is what we promise not to do
    children = getattr(backend, "backends", None)
    if module.startswith("keyring.backends.chainer"):
        return any(_backend_works(child) for child in children or ())
    return True


def keyring_works() -> bool:
    """Whether a real keyring backend is there (not keyring's "fail" or "null" stand-ins)."""
    try:
        import keyring

        return _backend_works(keyring.get_keyring())
    except Exception:
        return False


def backend_name() -> str:
    """A readable name of the keyring backend in use ("" when none works)."""
    if not keyring_works():
        return ""
    try:
        import keyring

        backend = keyring.get_keyring()
        return str(getattr(backend, "name", "") or type(backend).__name__)
    except Exception:
        return ""


class KeyUnreadable(DigestError):
    """The keyring is there but cannot be read (locked, refused): the key is unknown, not absent."""

    def __init__(self, reason: str) -> None:
        self.failure = Failure.make("model_key_unreadable", reason=reason)
        super().__init__(self.failure.text())


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return (text[0] if text else type(error).__name__)[:160]


def get_api_key() -> tuple[str, str]:
    """The key and where it came from: "environment", "keyring", "session", or ("", "").

    Raise KeyUnreadable when a keyring is there but cannot be read and no key was given
    for this session.
    """
    value = os.environ.get(API_KEY_VARIABLE, "").strip()
    if value:
        register_secret(value)
        return value, ENVIRONMENT
    if keyring_works():
        try:
            import keyring

            stored = keyring.get_password(SERVICE, USERNAME)
        except Exception as error:
            session = session_key()
            if session:  # the user typed it when the keyring could not be read
                return session, SESSION
            raise KeyUnreadable(_reason(error)) from None
        if stored:
            register_secret(stored)
            return stored, KEYRING
    session = session_key()
    return (session, SESSION) if session else ("", "")


def quick_api_key() -> tuple[str, str]:
    """The key from the environment or this session, without asking the keyring (never blocks)."""
    value = os.environ.get(API_KEY_VARIABLE, "").strip()
    if value:
        register_secret(value)
        return value, ENVIRONMENT
    session = session_key()
    return (session, SESSION) if session else ("", "")


def session_key() -> str:
    """The key held for this session ("" if none)."""
    with _lock:
        if _session_key:
            register_secret(_session_key)
        return _session_key


def remember_for_session(key: str) -> None:
    """Hold key in memory for this session (never the keyring; "" forgets it)."""
    global _session_key
    key = key.strip()
    if key:
        register_secret(key)
    with _lock:
        _session_key = key


@dataclass(frozen=True)
class KeyState:
    """What Preferences shows of the key: whether there is one and where (never the key)."""

    has_key: bool
    source: str
    keyring_works: bool
    unreadable: str = ""  # why the keyring could not be read, if it could not


def key_state() -> KeyState:
    """Where the key is (may block on the keyring: call it off the window's thread)."""
    works = keyring_works()
    try:
        key, source = get_api_key()
    except KeyUnreadable as error:
        return KeyState(False, "", works, error.failure.arguments().get("reason", ""))
    return KeyState(bool(key), source, works)


def set_api_key(key: str) -> str:
    """Keep the key in the keyring if one works, else for this session; return where ("" if empty)."""
    global _session_key
    key = key.strip()
    if not key:
        forget_api_key()
        return ""
    register_secret(key)
    if keyring_works():
        try:
            import keyring

            keyring.set_password(SERVICE, USERNAME, key)
        except Exception:
            pass  # the keyring refused (locked, no D-Bus): hold the key for the session instead
        else:
            with _lock:
                _session_key = ""
            return KEYRING
    with _lock:
        _session_key = key
    return SESSION


def forget_api_key() -> None:
    """Remove the key from the keyring and from this session (the environment stays as it is)."""
    global _session_key
    with _lock:
        _session_key = ""
    if keyring_works():
        try:
            import keyring

            keyring.delete_password(SERVICE, USERNAME)
        except Exception:
            pass  # nothing stored, or the keyring cannot be changed: nothing of ours remains


def storage_note() -> str:
    """One sentence for the settings: where a key the user types will be kept."""
    if os.environ.get(API_KEY_VARIABLE, "").strip():
        return f"The API key comes from the environment variable {API_KEY_VARIABLE}."
    name = backend_name()
    if name:
        return f"The API key is kept in the system keyring ({name})."
    return (
        "No system keyring works here: the API key is kept for this session only. "
        f"Set the environment variable {API_KEY_VARIABLE} to keep it."
    )
