"""How a signed-in user stays signed in: JWT access + refresh cookie (`jwt/`), or Django's
session (`session/`). The project generator keeps only the chosen one; `chosen.py` imports it.
"""
