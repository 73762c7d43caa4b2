/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Only when the API lives on another origin than the SPA. */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
