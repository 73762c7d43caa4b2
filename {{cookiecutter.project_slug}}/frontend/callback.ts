// Entry of callback.html: no framework, nothing but the callback handler.
import { handleCallback } from "./src/auth/callback";

void handleCallback();
