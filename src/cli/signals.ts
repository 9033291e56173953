// SIGINT/SIGTERM/SIGHUP: the first cancels the run (the core then deletes an unfinished session,
// and a finalize already sent is settled within its bounds); a deliberate second one exits at once.
import { watchCancelSignals } from '../core/signal-watch.js'
import { EXIT } from './results.js'

export interface Cancellation {
  signal: AbortSignal
  /** 130 after SIGINT, 143 after SIGTERM, 129 after SIGHUP; undefined while no signal came. */
  exitCode(): number | undefined
  dispose(): void
}

export function watchSignals(warn: (message: string) => void): Cancellation {
  const watch = watchCancelSignals({
    first: (signal) =>
      warn(
        `Received ${signal}: cancelling; an unfinished transfer session is deleted first (send the signal again to exit at once).`
      ),
    again: (signal) => {
      warn(`Received ${signal} again: exiting now, without waiting for the clean-up.`)
      process.exit(EXIT[signal])
    }
  })
  return {
    signal: watch.signal,
    exitCode: () => {
      const received = watch.received()
      return received ? EXIT[received] : undefined
    },
    dispose: watch.dispose
  }
}
