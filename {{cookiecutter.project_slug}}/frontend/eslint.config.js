import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Security rules of this project, as AST selectors (no-restricted-syntax).
const NO_WILDCARD_POST_MESSAGE = [
  {
    selector: "CallExpression[callee.property.name='postMessage'][arguments.1.value='*']",
    message: "postMessage to '*' lets any origin read the data: pass location.origin.",
  },
  {
    selector: "CallExpression[callee.name='postMessage'][arguments.1.value='*']",
    message: "postMessage to '*' lets any origin read the data: pass location.origin.",
  },
  {
    selector:
      "CallExpression[callee.property.name='postMessage'] Property[key.name='targetOrigin'][value.value='*']",
    message: "postMessage to '*' lets any origin read the data: pass location.origin.",
  },
];
const NO_LOCAL_STORAGE = [
  {
    selector: "Identifier[name='localStorage']",
    message: "No localStorage: tokens stay in memory (jwt) or in HttpOnly cookies.",
  },
];
const NO_SESSION_STORAGE_WRITES = [
  {
    selector:
      "MemberExpression[property.name=/^setItem$/]:matches([object.name='sessionStorage'], [object.property.name='sessionStorage'])",
    message: "Only src/auth/pendingRedirect.ts writes to sessionStorage (the flow token).",
  },
  {
    selector:
      "AssignmentExpression > MemberExpression.left:matches([object.name='sessionStorage'], [object.property.name='sessionStorage'])",
    message: "Only src/auth/pendingRedirect.ts writes to sessionStorage (the flow token).",
  },
];

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/api"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The developers' rule: no function over 40 lines (generated code excepted).
    files: ["src/**/*.{ts,tsx}", "*.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 40, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["src/**/*.{ts,tsx}", "*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...NO_WILDCARD_POST_MESSAGE,
        ...NO_LOCAL_STORAGE,
        ...NO_SESSION_STORAGE_WRITES,
      ],
    },
  },
  {
    files: ["src/auth/pendingRedirect.ts"],
    rules: {
      "no-restricted-syntax": ["error", ...NO_WILDCARD_POST_MESSAGE, ...NO_LOCAL_STORAGE],
    },
  },
  {
    files: ["src/auth/**/*.ts", "callback.ts"],
    rules: {
      // The sign-in helper stays framework-free (and small).
      "no-restricted-imports": [
        "error",
        { patterns: ["react", "react-dom", "react/*", "react-dom/*", "../api", "../lib/*"] },
      ],
    },
  },
  {
    files: ["scripts/**/*.js", "*.config.{js,ts}", "tests/scripts/**", "tests/api/**", "e2e/**"],
    languageOptions: { globals: globals.node },
  },
);
