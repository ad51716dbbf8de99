/** Subtitle and transcript times ("01:02:03,456", "02:03.456", "[00:12:31]") as milliseconds. */

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/** Milliseconds, or an explanation of why the time cannot be read. */
export function parseTime(raw: string): { ms: number } | { error: string } {
  const match = TIME.exec(raw.trim());
  if (!match) return { error: `'${raw.trim()}' is not a time (HH:MM:SS,mmm)` };
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(minutes) >= 60 || Number(seconds) >= 60) return { error: `'${raw.trim()}' has minutes or seconds of 60 or more` };
  const millis = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
  return { ms: ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + millis };
}

/** "1:02:03" for readers: hours only when there are any, no milliseconds. */
export function formatTime(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number): string => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
