import { startStack, stopStack } from "./stack";

export default async function globalSetup(): Promise<() => void> {
  await startStack();
  return stopStack;
}
