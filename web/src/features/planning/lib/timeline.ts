// The board's calendar arithmetic, pure: local days (the browser's zone, the company's in the
// field), ISO weeks, and moving an intervention to another day keeping its hours.

export type Scale = "week" | "month";

/** yyyy-mm-dd of a local day. */
export function dayKey(day: Date): string {
  const m = String(day.getMonth() + 1).padStart(2, "0");
  const d = String(day.getDate()).padStart(2, "0");
  return `${day.getFullYear()}-${m}-${d}`;
}

export function parseDay(key: string): Date {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

export function addDays(day: Date, count: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + count);
}

export function mondayOf(day: Date): Date {
  return addDays(day, -((day.getDay() + 6) % 7));
}

/** The days shown: Monday–Sunday of the week, or the whole month. */
export function daysOf(anchor: Date, scale: Scale): Date[] {
  if (scale === "week") return Array.from({ length: 7 }, (_, i) => addDays(mondayOf(anchor), i));
  const first = new Date(anchor.getFullYear(), anchor.getMonth(), 1);
  const count = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0).getDate();
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** The anchor of the previous (-1) or next (+1) period. */
export function shift(anchor: Date, scale: Scale, step: number): Date {
  if (scale === "week") return addDays(anchor, 7 * step);
  return new Date(anchor.getFullYear(), anchor.getMonth() + step, 1);
}

/** ISO week label of a day: 2026-W49 (the agenda's query). */
export function isoWeek(day: Date): string {
  const thursday = addDays(mondayOf(day), 3);
  const jan4 = new Date(thursday.getFullYear(), 0, 4);
  const week = 1 + Math.round((thursday.getTime() - mondayOf(jan4).getTime()) / (7 * 86_400_000));
  return `${thursday.getFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** An instant as an ISO string with the local offset (the API wants aware datetimes). */
export function localIso(moment: Date): string {
  const offset = -moment.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const mm = String(Math.abs(offset) % 60).padStart(2, "0");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${dayKey(moment)}T${pad(moment.getHours())}:${pad(moment.getMinutes())}:00${sign}${hh}:${mm}`;
}

/** The same hours on another day: the new slot of an intervention dropped there. */
export function moveToDay(startsAt: string, endsAt: string, day: string): { starts_at: string; ends_at: string } {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const target = parseDay(day);
  const shiftDays = Math.round((target.getTime() - parseDay(dayKey(start)).getTime()) / 86_400_000);
  const move = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + shiftDays, d.getHours(), d.getMinutes());
  return { starts_at: localIso(move(start)), ends_at: localIso(move(end)) };
}

/** A slot from a day and two hh:mm times. */
export function slotOf(day: string, from: string, to: string): { starts_at: string; ends_at: string } {
  const at = (time: string) => {
    const [h, m] = time.split(":").map(Number);
    const d = parseDay(day);
    return new Date(d.getFullYear(), d.getMonth(), d.getDate(), h ?? 0, m ?? 0);
  };
  return { starts_at: localIso(at(from)), ends_at: localIso(at(to)) };
}

const DAY = new Intl.DateTimeFormat("fr-FR", { weekday: "short", day: "numeric" });
const LONG = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long" });
const MONTH = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric" });
const HOUR = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit" });

export const dayLabel = (day: Date) => DAY.format(day);
export const longDay = (day: Date) => LONG.format(day);
export const hours = (iso: string) => HOUR.format(new Date(iso));

export function periodLabel(days: Date[], scale: Scale): string {
  const first = days[0] ?? new Date();
  if (scale === "month") return MONTH.format(first);
  return `Semaine ${isoWeek(first).split("-W")[1]} · ${LONG.format(first)} – ${LONG.format(days[days.length - 1] ?? first)}`;
}
