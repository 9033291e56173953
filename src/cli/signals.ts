// SIGINT/SIGTERM: the first cancels the run (the core then deletes an unfinished session, and a
// finalize already sent is settled within its bounds); a second one exits at once.
import { EXIT } from './results.js'

export interface Cancellation {
  signal: AbortSignal
  /** 130 after SIGINT, 143 after SIGTERM; undefined while no signal came. */
  exitCode(): number | undefined
  dispose(): void
}

export function watchSignals(warn: (message: string) => void): Cancellation {
  const controller = new AbortController()
  let received: 'SIGINT' | 'SIGTERM' | undefined
  const onSignal = (signal: 'SIGINT' | 'SIGTERM'): void => {
    if (received) {
      warn(`Received ${signal} again: exiting now, without waiting for the clean-up.`)
      process.exit(EXIT[signal])
    }
    received = signal
    warn(
      `Received ${signal}: cancelling; an unfinished transfer session is deleted first (send the signal again to exit at once).`
    )
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: controller.signal,
    exitCode: () => (received ? EXIT[received] : undefined),
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}
