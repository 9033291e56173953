// Entry point of the status sub-action (status/action.yml → dist/status/index.js).
import { runStatus } from './transfer-steps.js'

await runStatus()
