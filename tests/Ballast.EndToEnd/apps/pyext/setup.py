"""Builds the extension with Debian's setuptools; PyPI is not reachable from the tests."""

from setuptools import Extension, setup

setup(
    name="pyext",
    version="1.0.0",
    # The src layout keeps the uncompiled package out of the directory main.py runs from,
    # where it would shadow the installed one.
    package_dir={"": "src"},
    packages=["pyext"],
    ext_modules=[
        Extension(
            "pyext._pq",
            sources=["src/pyext/_pq.c"],
            include_dirs=["/usr/include/postgresql"],
            libraries=["pq"],
        )
    ],
)
