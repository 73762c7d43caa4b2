import type { SignIn } from "../lib/account";

interface Props {
  signIns: SignIn[];
  pending: boolean;
  onEnd: (signIn: SignIn) => void;
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/** One row per sign-in: its device, when it started and was last used; this device marked. */
export function SignInList({ signIns, pending, onEnd }: Props) {
  return (
    <ul className="sign-ins">
      {signIns.map((signIn) => (
        <li key={signIn.id} aria-current={signIn.current || undefined}>
          <span>
            <strong>{signIn.device}</strong>
            {signIn.current && <span className="badge"> This device</span>}
            <br />
            <small>
              Signed in <time dateTime={signIn.started_at}>{when(signIn.started_at)}</time>, last
              used <time dateTime={signIn.last_used_at}>{when(signIn.last_used_at)}</time>
            </small>
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() => onEnd(signIn)}
            disabled={pending}
            aria-label={signIn.current ? "Sign out on this device" : `Sign out on ${signIn.device}`}
          >
            Sign out
          </button>
        </li>
      ))}
    </ul>
  );
}
