// Entry point of the revoke sub-action (revoke/action.yml → dist/revoke/index.js).
import { runRevoke } from './sub-actions.js'

await runRevoke()
