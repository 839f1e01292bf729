// Dates, money and sorting the French way (Intl, fr-FR).

const LOCALE = "fr-FR";

const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat(LOCALE, { dateStyle: "long" });
const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });
const collator = new Intl.Collator(LOCALE, { sensitivity: "base", numeric: true });
const euros = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR" });

export function formatDateTime(iso: string, timeZone?: string): string {
  const value = new Date(iso);
  if (!timeZone) return dateTime.format(value);
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: "medium", timeStyle: "short", timeZone })
    .format(value);
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

export function formatMoney(amount: number): string {
  return euros.format(amount);
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 31_536_000], ["month", 2_592_000], ["week", 604_800],
  ["day", 86_400], ["hour", 3_600], ["minute", 60],
];

/** « il y a 5 minutes », « demain »... */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "à l'instant";
}

export function compareFrench(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortFrench<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((x, y) => collator.compare(key(x), key(y)));
}
