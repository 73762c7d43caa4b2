import type { Provider } from "../lib/api";
import { PROVIDER_ICONS } from "./providerIcons";

/** Relative luminance of a `RRGGBB` colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The provider's logo in its brand colour (decorative: the button names the provider). Logos
 * too dark for a dark background take the text colour there (styles.css, `data-dark`). */
export function ProviderIcon({ provider }: { provider: Provider }) {
  const icon = PROVIDER_ICONS[provider.id];
  if (!icon) {
    return (
      <span className="provider-icon initial" aria-hidden="true">
        {provider.name.charAt(0)}
      </span>
    );
  }
  return (
    <svg
      className="provider-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      data-dark={luminance(icon.hex) < 0.2 ? "" : undefined}
    >
      <path d={icon.path} fill={`#${icon.hex}`} />
    </svg>
  );
}
