"""Shared test setup. Fixtures live in tests/fixtures/, one module per real service."""

pytest_plugins = [
    "tests.fixtures.db",
    "tests.fixtures.dovecot",
    "tests.fixtures.smtp",
    "tests.fixtures.browser",
]
