"""The offline harness: the replay server (with fault injection), local SMTP and webhook sinks, and the demo.

Test and demo tooling only: no product package imports it.
"""
