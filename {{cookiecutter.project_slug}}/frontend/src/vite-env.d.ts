/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "jwt" or "session", written into frontend/.env when the project was generated. */
  readonly VITE_AUTH_MODE: "jwt" | "session";
  /** Only when the API lives on another origin than the SPA. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
