"""`make fuzz`: Schemathesis against a running API, signed out and signed in.

`python -m core.fuzz` runs it (see __main__): a throwaway database, the API on a free port,
credentials of a real sign-in, then Schemathesis with the checks and exclusions of `run`.
"""
