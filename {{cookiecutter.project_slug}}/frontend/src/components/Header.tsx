import { Link } from "wouter";
import { useSession } from "../state/session";

/** The app's name, and for a signed-in user the user menu: who, the notes example, the account page, log out. */
export function Header() {
  const { session, busy, signOut } = useSession();
  // index.html's <title> carries the project name.
  const projectName = document.title;
  return (
    <header className="header">
      <Link href="/" className="brand">
        {projectName}
      </Link>
      {session.status === "signedIn" && (
        <nav aria-label="User menu" className="user-menu">
          <span className="who">{session.user.display_name || session.user.username}</span>
          <Link href="/notes">Notes</Link>
          <Link href="/account">Account</Link>
          <button type="button" className="secondary" onClick={signOut} disabled={busy !== null}>
            Log out
          </button>
        </nav>
      )}
    </header>
  );
}
