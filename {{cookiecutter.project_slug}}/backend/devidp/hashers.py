from django.contrib.auth.hashers import PBKDF2PasswordHasher


class DevPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2 with few rounds. Every password and client secret here is a published dev value,
    so slow hashing would protect nothing and only slow each sign-in, token call and test."""

    iterations = 1_000
