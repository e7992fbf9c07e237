/** The locales every user-facing string exists in; zh-CN is the default. */
export type Locale = "zh-CN" | "en-US";

export interface MessageText {
  readonly "zh-CN": string;
  readonly "en-US": string;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; unknown placeholders are left visible rather than silently dropped. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}
