import type { Provider } from "../lib/api";
import { ProviderIcon } from "./ProviderIcon";

interface Props {
  providers: Provider[];
  busy: string | null;
  label: (provider: Provider) => string;
  onPick: (provider: Provider) => void;
}

/** One brand button per provider, its logo and an accessible name; the one in progress says so. */
export function ProviderButtons({ providers, busy, label, onPick }: Props) {
  return (
    <ul className="providers">
      {providers.map((provider) => (
        <li key={provider.id}>
          <button
            type="button"
            className="provider"
            onClick={() => onPick(provider)}
            disabled={busy !== null}
            aria-busy={busy === provider.id}
          >
            <ProviderIcon provider={provider} />
            <span>{busy === provider.id ? `Waiting for ${provider.name}…` : label(provider)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
