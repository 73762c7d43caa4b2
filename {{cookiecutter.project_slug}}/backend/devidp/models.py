from .redeemed_codes import RedeemedCode

__all__ = ["RedeemedCode"]
