from typing import Any

from social_core.backends.apple import AppleIdAuth as _AppleIdAuth

from . import apple_form_post


class AppleIdAuth(_AppleIdAuth):
    """Sign in with Apple, asking for name and email: Apple then answers with a form POST
    (response_mode=form_post), received by apple_form_post.py. The name Apple posted is taken
    back here, by the state of this login, for social-core to read as if posted to it."""

    def auth_complete(self, *args: Any, **kwargs: Any) -> Any:
        data = getattr(self.strategy, "data", None)
        if isinstance(data, dict) and "user" not in data:
            user = apple_form_post.take(data.get("state"))
            if user is not None:
                data["user"] = user
                self.data = self.strategy.request_data()
        return super().auth_complete(*args, **kwargs)
