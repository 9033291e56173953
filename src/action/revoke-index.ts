// Entry point of the revoke sub-action (revoke/action.yml → dist/revoke/index.js).
import { runRevoke } from './transfer-steps.js'

await runRevoke()
