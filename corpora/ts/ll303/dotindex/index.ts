// The folder's index, imported by its siblings as ".".
import store from "./store";

export const contextFor = (event: { key: string }) => ({ key: event.key, store });
