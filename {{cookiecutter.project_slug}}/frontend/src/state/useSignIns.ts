import { useCallback, useEffect, useState } from "react";
import { endSignIn, fetchSignIns, signOutAll, signOutOthers, type SignIn } from "../lib/account";
import { useSession } from "./session";

export interface SignInsState {
  /** Every active sign-in of the user (null while loading). */
  signIns: SignIn[] | null;
  /** True while a sign-out is in progress. */
  pending: boolean;
  endOne: (signIn: SignIn) => void;
  endOthers: () => void;
  endAll: () => void;
}

/** "Where you're signed in": the user's sign-ins (jwt: refresh families; session: sessions),
 * and signing out one of them, all but this one, or all. */
export function useSignIns(): SignInsState {
  const { notice, signedOut } = useSession();
  const { say, fail } = notice;
  const [signIns, setSignIns] = useState<SignIn[] | null>(null);
  const [pending, setPending] = useState(false);
  const load = useCallback(() => fetchSignIns().then(setSignIns), []);
  useEffect(() => {
    load().catch(fail);
  }, [load, fail]);

  // Ending this device's own sign-in signs this SPA out: the API already did, so only forget it.
  const run = (action: () => Promise<unknown>, done: string, endsHere: boolean) => {
    setPending(true);
    action()
      .then(() => (endsHere ? signedOut(done) : load().then(() => say(done))))
      .catch(fail)
      .finally(() => setPending(false));
  };

  return {
    signIns,
    pending,
    endOne: (signIn) =>
      run(
        () => endSignIn(signIn.id),
        signIn.current ? "Signed out." : `Signed out on ${signIn.device}.`,
        signIn.current,
      ),
    endOthers: () => run(signOutOthers, "Signed out everywhere else.", false),
    endAll: () => run(signOutAll, "Signed out everywhere.", true),
  };
}
