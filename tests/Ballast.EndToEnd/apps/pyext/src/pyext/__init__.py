"""The end-to-end app's package: a readable libpq version from the C extension."""

from pyext._pq import library_version


def libpq_version() -> str:
    """The linked libpq version as major.minor (libpq 10 and later encode it as M*10000+m)."""
    number = library_version()
    return f"{number // 10000}.{number % 10000}"
