"""Tests of the core: the REST service base and its one error shape."""
