import type { Provider } from "../lib/api";

interface Props {
  providers: Provider[];
  busy: string | null;
  label: (provider: Provider) => string;
  onPick: (provider: Provider) => void;
}

/** One real button per provider; the one in progress says so. */
export function ProviderButtons({ providers, busy, label, onPick }: Props) {
  return (
    <ul className="providers">
      {providers.map((provider) => (
        <li key={provider.id}>
          <button
            type="button"
            onClick={() => onPick(provider)}
            disabled={busy !== null}
            aria-busy={busy === provider.id}
          >
            {busy === provider.id ? `Waiting for ${provider.name}…` : label(provider)}
          </button>
        </li>
      ))}
    </ul>
  );
}
