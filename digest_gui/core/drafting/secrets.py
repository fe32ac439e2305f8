"""The model server's API key: in the operating system's keyring, never in a file of ours.

Where it comes from, first found wins: the DIGEST_GUI_LLM_API_KEY environment variable,
the keyring (service "digest-gui", user "llm-api-key"), or this session's memory. Where no
keyring backend works (a headless Linux box without a Secret Service), a key the user types
is held for the session only. Nothing here logs, prints or writes the key anywhere else,
and a key once read or set is registered with digest_gui.logs, so no log line can hold it.
"""

from __future__ import annotations

import os
import threading

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


def get_api_key() -> tuple[str, str]:
    """The key and where it came from: "environment", "keyring", "session", or ("", "")."""
    value = os.environ.get(API_KEY_VARIABLE, "").strip()
    if value:
        register_secret(value)
        return value, ENVIRONMENT
    if keyring_works():
        try:
            import keyring

            stored = keyring.get_password(SERVICE, USERNAME)
        except Exception:
            stored = None  # a locked or broken keyring: as if it had no key
        if stored:
            register_secret(stored)
            return stored, KEYRING
    with _lock:
        if _session_key:
            register_secret(_session_key)
            return _session_key, SESSION
    return "", ""


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
