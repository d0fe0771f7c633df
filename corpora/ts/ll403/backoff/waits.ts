// A shared wait helper, exported: one caller awaits it outside any catch.
export function waitMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms)); // expect: LL403
}
