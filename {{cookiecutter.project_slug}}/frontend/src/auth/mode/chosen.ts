// The auth mode chosen when the project was generated: the only imports that name a mode. The
// generator rewrote them and removed the other mode's folder, so no build holds a choice
// between the two (authMode.ts says what each mode provides).
export * from "./jwt/requests";
export * from "./jwt/signedIn";
