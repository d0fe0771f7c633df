// A barrel: re-exports whole modules.
export * from "./quotes";
export * as archive from "./archive";
