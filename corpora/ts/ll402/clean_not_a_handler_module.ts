// A local script run by hand, not deployed: no handler, nothing to flag.
const res: any = await fetch("https://example.com/seed.json");
console.log(await res.json());
