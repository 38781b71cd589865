/* A tiny C extension that links libpq: it reports the client library's version, which needs
 * the libpq headers (libpq-dev) to compile and the shared library (libpq5) to import. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <libpq-fe.h>

static PyObject *library_version(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    return PyLong_FromLong(PQlibVersion());
}

static PyMethodDef methods[] = {
    {"library_version", library_version, METH_NOARGS,
     "Version of the linked libpq as an integer, e.g. 150013 for 15.13."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "pyext._pq", "libpq bindings for the Ballast end-to-end app.", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__pq(void)
{
    return PyModule_Create(&module);
}
