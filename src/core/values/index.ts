export * from "./cell-value";
export * from "./day";
export * from "./normalize-text";
export * from "./parse-date";
export * from "./parse-enum";
export * from "./parse-number";
export * from "./parse-ratio";
export * from "./parsed";
