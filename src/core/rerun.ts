export { isRerunAttempt } from './lifecycle/rerun.js'
