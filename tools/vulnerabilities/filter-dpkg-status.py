#!/usr/bin/env python3
"""Copies the stanzas of the named packages from a dpkg status file, so tests can match
vulnerabilities against a realistic package database.

Usage: filter-dpkg-status.py STATUS_FILE PACKAGE... > fixture
"""
import sys

wanted = set(sys.argv[2:])
with open(sys.argv[1], encoding="utf-8") as status:
    stanzas = status.read().split("\n\n")
for stanza in stanzas:
    first = stanza.strip().split("\n", 1)[0]
    if first.startswith("Package: ") and first[len("Package: "):] in wanted:
        print(stanza.strip("\n"))
        print()
