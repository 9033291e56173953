export { deliver, FinalizedDeliveryError } from './lifecycle/index.js'
