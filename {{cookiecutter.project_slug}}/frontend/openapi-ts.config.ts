import { defineConfig } from "@hey-api/openapi-ts";

// `npm run api-client` regenerates src/api from openapi.json, the committed copy of the API's
// schema (`make api-client` refreshes that copy from the backend first).
export default defineConfig({
  input: "openapi.json",
  output: { path: "src/api" },
  plugins: ["@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
});
