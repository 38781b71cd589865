"""Prints a line that proves the native extension loaded and found its runtime library."""

from pyext import libpq_version

print(f"pyext ok: libpq {libpq_version()}")
