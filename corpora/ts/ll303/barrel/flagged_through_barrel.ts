import { quoteFor, archive } from "./services";

export const handler = async (event: { code: string }) => ({ quote: await quoteFor(event.code), vaults: await archive.vaults() });
