// Entry point of the status sub-action (status/action.yml → dist/status/index.js).
import { runStatus } from './sub-actions.js'

await runStatus()
