import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver, type EventLoopUtilization } from 'node:perf_hooks';

export interface MainThreadBusy {
  /** Longest stretch the event loop was running code rather than waiting (from event-loop utilisation). */
  maxBusyMs: number;
  /** Longest delay of a 1 ms timer: also counts time the OS gave the CPU to other processes. */
  maxTimerDelayMs: number;
  /** Longest garbage-collection pause of this thread's heap. */
  maxGcPauseMs: number;
  /**
   * Of the longest busy stretches, the most time the thread actually ran on a CPU (Linux per-thread
   * scheduler statistics): busy time beyond it was spent waiting while other threads or processes ran.
   * Null where the statistics cannot be read.
   */
  maxOnCpuMs: number | null;
}

/** Nanoseconds the calling process's main thread has run on a CPU, or null (not Linux, or not readable). */
function mainThreadCpuNs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}

/**
 * Watches the calling thread's event loop. A 1 ms ticker reads the loop's active time since its previous tick:
 * a blocking stretch (posting a big message, deserialising a result) prevents ticks, so it shows whole in one
 * window, while time the process spent descheduled in an idle wait counts as idle.
 */
export class MainThreadProbe {
  private readonly delay = monitorEventLoopDelay({ resolution: 1 });
  private ticker: NodeJS.Timeout | undefined;
  private previous: EventLoopUtilization | undefined;
  private maxBusyMs = 0;
  private maxOnCpuMs: number | null = 0;
  private previousCpuNs: number | null = null;
  private maxGcPauseMs = 0;
  private readonly gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.maxGcPauseMs = Math.max(this.maxGcPauseMs, entry.duration);
  });

  start(): void {
    this.delay.enable();
    this.gc.observe({ entryTypes: ['gc'] });
    this.previous = performance.eventLoopUtilization();
    this.previousCpuNs = mainThreadCpuNs();
    if (this.previousCpuNs === null) this.maxOnCpuMs = null;
    this.ticker = setInterval(() => {
      const now = performance.eventLoopUtilization();
      const window = performance.eventLoopUtilization(now, this.previous);
      this.maxBusyMs = Math.max(this.maxBusyMs, window.active);
      this.previous = now;
      const cpuNs = this.previousCpuNs === null ? null : mainThreadCpuNs();
      if (cpuNs !== null && this.previousCpuNs !== null && this.maxOnCpuMs !== null) {
        this.maxOnCpuMs = Math.max(this.maxOnCpuMs, Math.min(window.active, (cpuNs - this.previousCpuNs) / 1e6));
      }
      this.previousCpuNs = cpuNs;
    }, 1);
  }

  stop(): MainThreadBusy {
    clearInterval(this.ticker);
    this.delay.disable();
    for (const entry of this.gc.takeRecords()) this.maxGcPauseMs = Math.max(this.maxGcPauseMs, entry.duration);
    this.gc.disconnect();
    // One last window, for a stretch that ended just before stop().
    if (this.previous) {
      const last = performance.eventLoopUtilization(performance.eventLoopUtilization(), this.previous);
      this.maxBusyMs = Math.max(this.maxBusyMs, last.active);
    }
    return {
      maxBusyMs: this.maxBusyMs,
      maxTimerDelayMs: this.delay.count > 0 ? this.delay.max / 1e6 : NaN,
      maxGcPauseMs: this.maxGcPauseMs,
      maxOnCpuMs: this.maxOnCpuMs,
    };
  }
}
